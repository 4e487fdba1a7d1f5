import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageService } from '../../../server/src/core/service';
import { packageRoot } from '../../../server/src/core/schema/packageRoot';
import { store } from './helpers';

interface Snippet { prefix: string; scope: string; body: string[] }
const snippets = JSON.parse(readFileSync(join(packageRoot(), 'snippets', 'kubernetes.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** placeholders → their defaults (the first choice), tab stops → nothing */
export function expand(body: string[]): string {
  return body.join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '') + '\n';
}

test('every Kubernetes snippet is YAML-scoped and has a unique prefix', () => {
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  assert.equal(new Set(prefixes).size, prefixes.length);
  assert.ok(prefixes.length >= 8);
  for (const s of Object.values(snippets)) assert.equal(s.scope, 'yaml');
});

for (const [name, s] of Object.entries(snippets)) {
  test(`snippet "${s.prefix}" expands to documents with no errors`, () => {
    const text = expand(s.body);
    const ls = new LanguageService({ store });
    const uri = `file:///ws/${s.prefix}.yaml`;
    const file = ls.update(uri, text)!;
    assert.ok(file.docs.length > 0 && file.docs.every((d) => d.kind.family !== 'none'), `${name}: not recognised`);
    const errors = ls.diagnostics(uri).filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((e) => `${e.code}: ${e.message} @ ${JSON.stringify(text.slice(e.offset, e.offset + e.length))}`), []);
  });
}
