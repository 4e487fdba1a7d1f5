/**
 * Crash isolation: a rule that throws is reported (once per rule in the output channel) and
 * skipped; every other rule and every other file still gets its diagnostics. The language server
 * ships no way to inject a rule, so this is proven here, on the same LanguageService and the same
 * reporter the server uses; test/lsp/hostile.test.ts proves a throwing handler leaves the server up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { allRules } from '../../../server/src/core/rules/index';
import type { Rule } from '../../../server/src/core/rules/rule';
import { reportRuleErrorsOnce } from '../../../server/src/lsp/runSafe';
import { corpus } from './corpus';
import { nodeRuntime } from '../../../server/src/node/runtime';

const boom = (id: string, where: 'appliesTo' | 'check'): Rule => ({
  id,
  severity: 'error',
  description: 'throws, for the test',
  appliesTo: () => {
    if (where === 'appliesTo') throw new Error(`${id} broke in appliesTo`);
    return true;
  },
  check: () => {
    throw new TypeError(`${id} broke in check`);
  },
});

const key = (f: { offset: number; length: number; code: string; message: string }) => `${f.offset}+${f.length} ${f.code} ${f.message}`;

test('rules that throw are skipped: every file gets exactly the findings of the other rules', () => {
  const seeds = corpus();
  const errors: [string, unknown][] = [];
  const broken = new LanguageService({
    runtime: nodeRuntime(),
    rules: [boom('test/first', 'check'), ...allRules, boom('test/last', 'appliesTo')],
    onRuleError: (id, e) => errors.push([id, e]),
  });
  const healthy = new LanguageService({ runtime: nodeRuntime(), store: broken.store });
  for (const s of seeds) {
    broken.update(s.uri, s.text);
    healthy.update(s.uri, s.text);
  }
  let ours = 0;
  for (const s of seeds) {
    const got = broken.diagnostics(s.uri).filter((f) => !f.code.startsWith('test/'));
    assert.deepEqual(got.map(key), healthy.diagnostics(s.uri).map(key), s.name);
    if (broken.isOurs(s.uri)) ours++;
  }
  // each broken rule failed once per document of ours, with its own error
  assert.ok(ours > 10);
  assert.ok(errors.filter(([id]) => id === 'test/first').length >= ours);
  assert.ok(errors.filter(([id]) => id === 'test/last').length >= ours);
  assert.ok(errors.every(([id, e]) => e instanceof Error && e.message.startsWith(id)));
});

test('the server reporter logs each broken rule once, with its stack, however often it fails', () => {
  const lines: string[] = [];
  const report = reportRuleErrorsOnce((m) => lines.push(m));
  const service = new LanguageService({
    runtime: nodeRuntime(),
    rules: [boom('test/first', 'check'), ...allRules, boom('test/last', 'appliesTo')],
    onRuleError: report,
  });
  const seeds = corpus().filter((s) => s.uri.endsWith('.json'));
  for (let round = 0; round < 3; round++) {
    for (const s of seeds) {
      service.update(s.uri, s.text + ' '.repeat(round), undefined, round);
      service.diagnostics(s.uri);
    }
  }
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(lines[0], /^\[error\] rule test\/first threw and was skipped: TypeError: test\/first broke in check\n\s+at /);
  assert.match(lines[1], /^\[error\] rule test\/last threw and was skipped: Error: test\/last broke in appliesTo/);
});
