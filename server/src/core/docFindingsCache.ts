/**
 * Findings of one document, per check, with what each check read elsewhere in the workspace
 * (`WorkspaceIndex.track`), kept until the document changes. A keystroke then re-runs, for the
 * other documents of the file and for the other open files, only the checks that read something
 * the keystroke changed. An incremental re-parse keeps unchanged DocUnit objects, shifting them
 * when text before them grew or shrank; the findings are shifted with them.
 */
import type { DocUnit, Finding, RuleSettings } from './types';
import type { Rule } from './rules/rule';
import type { Deps } from './workspace';
import { shiftFinding } from './reanalyze';

export interface CheckFindings {
  findings: Finding[];
  deps: Deps;
}

export interface DocFindings {
  /** by check: [0] the schema, [i + 1] rule i; a hole means "not run yet" */
  parts: (CheckFindings | undefined)[];
}

interface Entry extends DocFindings {
  settings: RuleSettings;
  rules: readonly Rule[];
  offset: number;
}

export class DocFindingsCache {
  private readonly byDoc = new WeakMap<DocUnit, Entry>();

  /** The memo of `doc` for these settings and rules, with its findings moved to where the document is now. */
  entry(doc: DocUnit, settings: RuleSettings, rules: readonly Rule[]): DocFindings {
    let e = this.byDoc.get(doc);
    if (!e || e.settings !== settings || e.rules !== rules) {
      e = { settings, rules, offset: doc.offset, parts: [] };
      this.byDoc.set(doc, e);
    } else if (e.offset !== doc.offset) {
      const by = doc.offset - e.offset;
      e.parts = e.parts.map((p) => (p?.findings.length ? { findings: p.findings.map((f) => shiftFinding(f, by)), deps: p.deps } : p));
      e.offset = doc.offset;
    }
    return e;
  }
}
