/** docs/rules.md, the README's rule table and the rule ids in package.json are generated from the
 *  rule registry; this fails when a rule was added or changed and the generator was not re-run,
 *  or when an example no longer triggers its rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../server/src/core/rules/index';
import { ROOT } from '../manifest/root';

test('docs/rules.md, README and package.json are up to date with the rule registry', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-rules-doc.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});

test('every rule has its section in docs/rules.md and a row in the README', () => {
  const doc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const rule of allRules) {
    assert.ok(doc.includes(`### \`${rule.id}\`\n\n**${rule.severity}**`), `${rule.id} in docs/rules.md`);
    assert.ok(readme.includes(`| [\`${rule.id}\`](docs/rules.md#`), `${rule.id} in README.md`);
  }
  // every section shows a message the linter gave
  const sections = doc.split('\n### ').slice(1);
  const withExample = sections.filter((s) => /\nReported on line \d+/.test(s));
  assert.ok(withExample.length >= allRules.length - 3, `only ${withExample.length} of ${allRules.length} rules have a checked example`);
});
