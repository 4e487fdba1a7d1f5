/**
 * Diagnostics for one file: syntax errors, schema errors, then every rule that applies.
 * A rule that throws is reported once and skipped; the other rules still run.
 */
import type { DocUnit, Finding, RuleSettings, Severity, SourceFile } from './types';
import { NO_DEPS, type Deps, type WorkspaceIndex } from './workspace';
import type { Rule, RuleContext } from './rules/rule';
import { allRules } from './rules/index';
import { checkSlots } from './rules/byFamily';
import { familyOf } from './families';
import type { DocView, SchemaPart } from './family';
import type { ErrorObject } from 'ajv';
import { mapSchemaErrors } from './schema/errors';
import type { SchemaStore } from './schema/store';
import type { Validators } from './schema/validators';
import { mergeDeps, type CheckFindings, type DocFindingsCache } from './docFindingsCache';
import { runSteps, type Steps } from './steps';

export interface ValidateContext {
  workspace: WorkspaceIndex;
  settings: RuleSettings;
  store: SchemaStore;
  validators: Validators;
  /** called once per rule failure (the LSP logs it to the output channel) */
  onRuleError?: (ruleId: string, error: unknown) => void;
  rules?: Rule[];
  /** per-document memo of findings with what they read (the LanguageService keeps one) */
  cache?: DocFindingsCache;
}

/** A file is ours when one of its documents is; otherwise we say nothing at all. */
export function isOurs(file: SourceFile): boolean {
  return file.docs.some((d) => d.kind.family !== 'none');
}

export function validateFile(file: SourceFile, ctx: ValidateContext): Finding[] {
  return runSteps(validateFileSteps(file, ctx));
}

/** validateFile in steps: yields after each document (see steps.ts). */
export function* validateFileSteps(file: SourceFile, ctx: ValidateContext): Steps<Finding[]> {
  if (file.tooLarge) return [];
  if (!isOurs(file)) return [];
  const out: Finding[] = [];
  for (const doc of file.docs) {
    out.push(...validateDoc(file, doc, ctx));
    yield;
  }
  return applySettings(out, ctx.settings);
}

/** kept for the many checks that find nothing (one array instead of thousands) */
const NONE: Finding[] = Object.freeze([]) as unknown as Finding[];
/** the memo of a check that does not apply to the document or found nothing there: nothing found, nothing read */
const NOT_HERE: CheckFindings = Object.freeze({ findings: NONE, deps: NO_DEPS });

export function validateDoc(file: SourceFile, doc: DocUnit, ctx: ValidateContext): Finding[] {
  if (doc.kind.family === 'none' || doc.templated) return doc.syntaxErrors.length ? [...doc.syntaxErrors] : [];
  const own = checkDoc(file, doc, ctx, true);
  const views = familyOf(doc.kind)?.views(doc);
  return views?.length ? [...own, ...viewFindings(file, views, ctx)] : own;
}

/**
 * Other families' rules on the document's views (a template's ECS resources through the ECS
 * rules): each view is checked as a document of its own (rules only: the document's family owns
 * its schema), and a problem several views share is reported once.
 */
function viewFindings(file: SourceFile, views: readonly DocView[], ctx: ValidateContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const view of views) {
    const found = checkDoc(file, view.unit, { ...ctx, workspace: view.workspace(ctx.workspace, file) }, false);
    for (const f of found) {
      const key = `${f.code}:${f.offset}:${f.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(view.report(f));
    }
  }
  return out;
}

function checkDoc(file: SourceFile, doc: DocUnit, ctx: ValidateContext, withSchema: boolean): Finding[] {
  const rules = ctx.rules ?? allRules;
  const memo = ctx.cache?.entry(doc, ctx.settings, rules);
  const ws = ctx.workspace;
  // callers copy what they get (validateFileSteps spreads it): the kept array is never changed
  if (memo?.all && ws.fresh(memo.all.deps)) return memo.all.findings;
  const out: Finding[] = doc.syntaxErrors.length ? [...doc.syntaxErrors] : [];
  const parts = memo?.parts;
  const read: Deps[] = [];
  let whole = true;
  // one context for every rule of the document (rules only read it), made when the first one runs
  let rctx: RuleContext | undefined;
  // check 0 is the schema, check i + 1 is rule i. A check's findings are kept until its document,
  // or something it read elsewhere, changes. A plain loop without closures or iterators: a big
  // manifest runs it for hundreds of documents per keystroke (4.2 MB of garbage per pass before).
  const off = rulesOff(ctx.settings, rules);
  // other families' rules never apply: they are not asked (see rules/byFamily.ts)
  const slots = checkSlots(rules, doc.kind.family);
  for (let s = 0; s < slots.length; s++) {
    const i = slots[s];
    const rule = i ? rules[i - 1] : undefined;
    if (rule ? off[i - 1] : !withSchema) continue;
    const kept = parts?.[i];
    let found: Finding[] | undefined;
    if (kept && ws.fresh(kept.deps)) found = kept.findings;
    else {
      // most rules are for other kinds: that is decided from the document alone, with nothing to track
      const here = rule ? applies(rule, doc, ctx) : true;
      if (!here) {
        if (parts && here === false) parts[i] = NOT_HERE;
        else whole = false;
        continue;
      }
      const run = runCheck(rule, file, doc, ctx, rule ? (rctx ??= ruleContext(file, ctx)) : undefined);
      if (!run) {
        whole = false;
        continue;
      }
      found = run.findings;
      if (parts) parts[i] = run;
    }
    if (parts) read.push(parts[i]!.deps);
    for (let j = 0; j < found.length; j++) out.push(found[j]);
  }
  const findings = dropExplainedSchemaErrors(out);
  // a check that threw is not kept: the next pass must run it (and report it) again
  if (memo) memo.all = whole ? { findings, deps: mergeDeps(read) } : undefined;
  return findings;
}

const ruleContext = (file: SourceFile, ctx: ValidateContext): RuleContext => ({
  file,
  workspace: ctx.workspace,
  settings: ctx.settings,
  store: ctx.store,
});

/**
 * Which rules the settings turn off, by index, per settings object (settings are replaced, never
 * changed: the findings cache relies on that too). Looking each id up in the settings, for every
 * rule of every document, was the largest cost of the rule loop itself.
 */
const offByRules = new WeakMap<RuleSettings, { rules: readonly Rule[]; off: Uint8Array }>();

function rulesOff(settings: RuleSettings, rules: readonly Rule[]): Uint8Array {
  const kept = offByRules.get(settings);
  if (kept?.rules === rules) return kept.off;
  const off = new Uint8Array(rules.length);
  for (let i = 0; i < rules.length; i++) off[i] = settings.rules[rules[i].id] === 'off' ? 1 : 0;
  offByRules.set(settings, { rules, off });
  return off;
}

/** Runs one check (the schema without a rule), noting what it read elsewhere. */
function runCheck(
  rule: Rule | undefined,
  file: SourceFile,
  doc: DocUnit,
  ctx: ValidateContext,
  rctx: RuleContext | undefined,
): CheckFindings | undefined {
  const { value: found, deps } = ctx.workspace.track(checkFindings, rule, file, doc, ctx, rctx);
  if (!found) return undefined;
  // the usual answer (nothing found, nothing read elsewhere) is one shared object
  return found.length ? { findings: found, deps } : deps === NO_DEPS ? NOT_HERE : { findings: NONE, deps };
}

function checkFindings(
  rule: Rule | undefined,
  file: SourceFile,
  doc: DocUnit,
  ctx: ValidateContext,
  rctx: RuleContext | undefined,
): Finding[] | undefined {
  return rule ? ruleFindings(rule, doc, ctx, rctx!) : schemaFindings(file, doc, ctx);
}

/** Whether a rule is for this document; undefined when asking threw (reported, not kept). */
function applies(rule: Rule, doc: DocUnit, ctx: ValidateContext): boolean | undefined {
  try {
    return rule.appliesTo(doc);
  } catch (err) {
    ctx.onRuleError?.(rule.id, err);
    return undefined;
  }
}

/** One rule's findings with its id and severity; undefined when it threw (reported, not kept). */
function ruleFindings(rule: Rule, doc: DocUnit, ctx: ValidateContext, rctx: RuleContext): Finding[] | undefined {
  try {
    const found = rule.check(doc, rctx);
    // most checks find nothing: no copy of an empty list
    return found.length ? found.map((f) => ({ ...f, severity: f.severity ?? rule.severity, code: rule.id })) : NONE;
  } catch (err) {
    ctx.onRuleError?.(rule.id, err);
    return undefined;
  }
}

/**
 * A YAML-trap finding (`k8s/yaml-*`) explains the schema type error at the same spot and carries the fix: keep only it.
 * Likewise an ECS rule error on exactly the schema error's value says more (and fixes it): one problem, one report.
 */
function dropExplainedSchemaErrors(out: Finding[]): Finding[] {
  let spots: Set<string> | undefined;
  for (const f of out) {
    if (f.code.startsWith('k8s/yaml-') || (f.code.startsWith('ecs/') && f.severity === 'error'))
      (spots ??= new Set()).add(`${f.offset}:${f.length}`);
  }
  return spots ? out.filter((f) => f.code !== 'schema' || !spots.has(`${f.offset}:${f.length}`)) : out;
}

function schemaFindings(file: SourceFile, doc: DocUnit, ctx: ValidateContext): Finding[] {
  const family = familyOf(doc.kind);
  const id = family?.schemaId(doc.kind, ctx.store, ctx.workspace);
  if (!family || !id || !doc.body) return [];
  const check = family.schemaCheck(doc, { file, workspace: ctx.workspace, settings: ctx.settings, store: ctx.store });
  const validate = ctx.validators.get(id, check.strict);
  let errors = validate && !validate(check.value) ? (validate.errors ?? []) : [];
  if (check.parts?.length) errors = [...errors, ...partErrors(check.parts, check.strict, ctx.validators)];
  if (!errors.length) return [];
  return mapSchemaErrors(errors, doc.body, {
    partial: check.partial,
    placeholders: true,
    yaml: file.language === 'yaml',
    filled: check.filled,
  });
}

/** the parts' errors, placed in the whole value (a validator keeps only its last call's errors: copied at once) */
function partErrors(parts: readonly SchemaPart[], strict: boolean, validators: Validators): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const part of parts) {
    const validate = validators.get(part.id, strict);
    if (!validate || validate(part.value)) continue;
    for (const e of validate.errors ?? []) out.push({ ...e, instancePath: part.pointer + e.instancePath });
  }
  return out;
}

/** Rule settings: 'off' drops a finding, a severity re-levels it. */
export function applySettings(findings: Finding[], settings: RuleSettings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = settings.rules[f.code];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s as Severity } : f);
  }
  return out;
}
