/** The small interface every rule implements; one rule per file. */
import type { DocUnit, Finding, RuleSettings, Severity, SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import type { SchemaStore } from '../schema/store';

export interface RuleContext {
  file: SourceFile;
  workspace: WorkspaceIndex;
  settings: RuleSettings;
  /** the schemas (rules that ask "does the schema want a string here?"); absent in bare tests */
  store?: SchemaStore;
}

/** What a rule reports: everything of a Finding but the code and (optionally) the severity. */
export type RuleFinding = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

export interface Rule {
  /** stable id, e.g. `ecs/fargate-cpu-memory`; used in settings and diagnostics */
  id: string;
  /** chosen for how sure we are: error = AWS/the API rejects it, warning = deploys but misbehaves */
  severity: Severity;
  /** one line for docs and the rule table */
  description: string;
  /** the rule looks at other files (re-run when any file changes) */
  crossFile?: boolean;
  appliesTo(doc: DocUnit): boolean;
  check(doc: DocUnit, ctx: RuleContext): RuleFinding[];
}
