/** Every ECS snippet, expanded with its default values, is a document we report nothing on. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageService } from '../../../server/src/core/service';
import { expand } from './helpers';
import { nodeRuntime } from '../../../server/src/node/runtime';

interface Snippet {
  prefix: string;
  scope: string;
  body: string[];
  description: string;
}

const snippets = JSON.parse(readFileSync(join(process.cwd(), 'snippets', 'ecs.code-snippets'), 'utf8')) as Record<string, Snippet>;

test('snippets are well-formed and scoped to JSON', () => {
  assert.ok(Object.keys(snippets).length >= 9);
  for (const [name, s] of Object.entries(snippets)) {
    assert.equal(s.scope, 'json,jsonc', name);
    assert.ok(s.prefix && s.description, name);
    assert.doesNotThrow(() => JSON.parse(expand(s.body)), name);
  }
});

test('expanded snippets: detected as ECS documents, and no findings at all', () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  const uris = Object.values(snippets).map((s) => {
    const uri = `file:///ws/${s.prefix}.json`;
    ls.update(uri, expand(s.body));
    return uri;
  });
  for (const uri of uris) {
    assert.ok(ls.isOurs(uri), `${uri} is not recognised`);
    // the taskdef.json snippet's `<IMAGE1_NAME>` gets the note that CodePipeline fills it in: information, not a problem
    const findings = ls
      .diagnostics(uri)
      .filter((f) => f.code !== 'ecs/codepipeline-image')
      .map((f) => `${f.severity} ${f.code}: ${f.message}`);
    assert.deepEqual(findings, [], uri);
  }
});
