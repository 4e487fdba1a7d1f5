/**
 * The one shape every family's test helpers build on: an in-memory workspace of named files, a
 * language service over it, the findings of one rule, and the small text helpers (span, fix,
 * caret). Family helpers (`ecs/`, `k8s/`, `nav/`, `deploy/`, `graph/`, `cfn/`) add fixtures and
 * keep their short names, but create services and read findings only through this module.
 */
import assert from 'node:assert/strict';
import { LanguageService } from '../../server/src/core/service';
import { SchemaStore } from '../../server/src/core/schema/store';
import type { Rule } from '../../server/src/core/rules/rule';
import type { Finding } from '../../server/src/core/types';
import { applyEdits } from '../../server/src/core/edit/apply';
import { nodeRuntime, nodeSchemaSource } from '../../server/src/node/runtime';

/** file name (under `file:///ws/`) or a whole uri → text */
export type Files = Record<string, string>;

/** the uri of a file name; a name that is already a uri is kept */
export const uri = (name: string): string => (/^[a-z]+:\/\//.test(name) ? name : `file:///ws/${name}`);

let shared: SchemaStore | undefined;
/** one schema store for a whole test process: the Kubernetes schema is large */
export const sharedStore = (): SchemaStore => (shared ??= new SchemaStore(nodeSchemaSource()));

export interface ServiceOptions {
  /** only these rules (all rules when omitted) */
  rules?: readonly Rule[];
  /** a store of its own, e.g. with test schemas (the shared one when omitted) */
  store?: SchemaStore;
}

/** a language service holding `files`, each opened as an editor would (in key order) */
export function serviceWith(files: Files, opts: ServiceOptions = {}): LanguageService {
  const ls = new LanguageService({
    runtime: nodeRuntime(),
    store: opts.store ?? sharedStore(),
    ...(opts.rules ? { rules: [...opts.rules] } : {}),
  });
  for (const [name, text] of Object.entries(files)) ls.update(uri(name), text);
  return ls;
}

/** the findings of rule `code` (every finding when undefined) for `file` (the first file when omitted) */
export function findingsOf(code: string | undefined, files: Files, file = Object.keys(files)[0], opts: ServiceOptions = {}): Finding[] {
  const all = serviceWith(files, opts).diagnostics(uri(file));
  return code === undefined ? all : all.filter((f) => f.code === code);
}

/** the text a finding (or any span) covers */
export const spanOf = (text: string, f: { offset: number; length: number }): string => text.slice(f.offset, f.offset + f.length);

/** the text after applying a finding's fix number `index` */
export function fixed(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `finding "${f.message}" has no fix #${index}`);
  return applyEdits(text, fix.edits);
}

/** `|` marks the cursor: the text without it, and the offset */
export function caret(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'no | caret in fixture');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
