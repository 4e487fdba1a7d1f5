/** Small helpers for the ECS tests: lint in-memory documents, apply fixes, caret-marked fixtures. */
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import type { Finding } from '../../../server/src/core/types';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { nodeRuntime } from '../../../server/src/node/runtime';

export interface Doc {
  uri: string;
  text: string;
}

/** a service holding the given documents */
export function service(...docs: Doc[]): LanguageService {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  for (const d of docs) ls.update(d.uri, d.text);
  return ls;
}

/** findings of one rule for `text` (other documents join the workspace) */
export function run(code: string, text: string, opts: { uri?: string; others?: Doc[] } = {}): Finding[] {
  const uri = opts.uri ?? 'file:///ws/task-definition.json';
  const ls = service({ uri, text }, ...(opts.others ?? []));
  const all = ls.diagnostics(uri);
  assertReportedOnce(all, text);
  return all.filter((f) => f.code === code);
}

/**
 * One problem, one report: a rule finding and a schema finding must not overlap. (The schema
 * owns types, enums, ranges and patterns; a rule that knows the same thing stands down.)
 */
export function assertReportedOnce(findings: Finding[], text: string): void {
  const schema = findings.filter((f) => f.code === 'schema');
  for (const r of findings.filter((f) => f.code.startsWith('ecs/'))) {
    for (const s of schema) {
      const overlap = r.offset < s.offset + s.length && s.offset < r.offset + r.length;
      assert.ok(!overlap, `reported twice at ${JSON.stringify(spanOf(text, s))}: [${r.code}] ${r.message} / [schema] ${s.message}`);
    }
  }
  for (const f of findings) assert.ok(!/\(pattern \^/.test(f.message), `raw pattern in message: ${f.message}`);
}

export const json = (v: unknown): string => JSON.stringify(v, null, 2);

/** the text a finding points at */
export const spanOf = (text: string, f: { offset: number; length: number }): string => text.slice(f.offset, f.offset + f.length);

/** apply a finding's fix (by index) and return the new text */
export function fixed(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `finding "${f.message}" has no fix #${index}`);
  return applyEdits(text, fix.edits);
}

/**
 * Assert: the rule fires once on `text`, its first fix gives exactly `expected`, and on the
 * fixed text the rule is silent and the JSON (or YAML) has no syntax error.
 */
export function assertFix(
  code: string,
  text: string,
  expected: string,
  opts: { uri?: string; index?: number; fixIndex?: number; others?: Doc[] } = {},
): void {
  const found = run(code, text, opts);
  assert.ok(found.length > 0, `${code} did not fire`);
  const out = fixed(text, found[opts.index ?? 0], opts.fixIndex ?? 0);
  assert.equal(out, expected);
  const uri = opts.uri ?? 'file:///ws/task-definition.json';
  const ls = service({ uri, text: out }, ...(opts.others ?? []));
  const all = ls.diagnostics(uri);
  assert.deepEqual(
    all.filter((f) => f.code === 'syntax' || f.code === 'duplicate-key').map((f) => f.message),
    [],
  );
  assert.deepEqual(
    all.filter((f) => f.code === code).map((f) => f.message),
    [],
  );
}

/** `|` marks the cursor: returns the text without it and the offset */
export function caret(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'no | caret in fixture');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** completion labels at the caret */
export function completeAt(marked: string, opts: { uri?: string; others?: Doc[] } = {}) {
  const { text, offset } = caret(marked);
  const uri = opts.uri ?? 'file:///ws/task-definition.json';
  const ls = service({ uri, text }, ...(opts.others ?? []));
  return ls.complete(uri, offset);
}

/** hover markdown at the caret */
export function hoverAt(marked: string, opts: { uri?: string; others?: Doc[] } = {}): string {
  const { text, offset } = caret(marked);
  const uri = opts.uri ?? 'file:///ws/task-definition.json';
  const ls = service({ uri, text }, ...(opts.others ?? []));
  return ls.hover(uri, offset)?.markdown ?? '';
}

/** a minimal valid Fargate task definition, with overrides */
export function fargateTask(over: Record<string, unknown> = {}, container: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    family: 'web',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }], ...container }],
    ...over,
  };
}

/** a minimal valid EC2 task definition, with overrides */
export function ec2Task(over: Record<string, unknown> = {}, container: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    family: 'web',
    containerDefinitions: [
      { name: 'app', image: 'nginx:1.27', memory: 256, essential: true, portMappings: [{ containerPort: 80 }], ...container },
    ],
    ...over,
  };
}

/** `${1:default}` → default, `${1|a,b|}` → a, `$1` / `${1}` → '' */
export function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}
