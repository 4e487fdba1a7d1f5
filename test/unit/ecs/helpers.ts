/** The ECS tests' helpers (on the shared shape in ../helpers): lint documents, apply fixes, caret fixtures. */
import assert from 'node:assert/strict';
import type { LanguageService } from '../../../server/src/core/service';
import type { Finding } from '../../../server/src/core/types';
import { caret, fixed, serviceWith, spanOf } from '../helpers';

export { caret, fixed, spanOf };

export interface Doc {
  uri: string;
  text: string;
}

/** a service holding the given documents */
export const service = (...docs: Doc[]): LanguageService => serviceWith(Object.fromEntries(docs.map((d) => [d.uri, d.text])));

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
