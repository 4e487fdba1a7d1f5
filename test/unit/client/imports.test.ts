/**
 * What each runtime may import: the webview nothing from the server or the extension host, the
 * shared module nothing but itself (its LSP request objects aside, which only client and server import).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../graph/helpers';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)].map(
    (m) => m[1] ?? m[2],
  );

test('the webview imports nothing from the server or the extension host', () => {
  const files = tsFiles(join(ROOT, 'client', 'src', 'webview'));
  assert.ok(files.length >= 5);
  for (const f of files)
    for (const spec of importsOf(f)) {
      const where = relative(ROOT, f);
      assert.doesNotMatch(spec, /server\/src|client\/src\/diagram|^\.\.\/diagram|^vscode|^node:/, `${where} imports ${spec}`);
    }
});

test('the shared module imports only itself (and the LSP protocol package for the request objects)', () => {
  const files = tsFiles(join(ROOT, 'shared', 'src'));
  assert.ok(files.length >= 8);
  for (const f of files)
    for (const spec of importsOf(f)) {
      const where = relative(ROOT, f);
      if (where.endsWith('requests.ts') && spec === 'vscode-languageserver-protocol') continue;
      assert.match(spec, /^\.\.?\//, `${where} imports ${spec}`);
      assert.ok(
        !join(f, '..', spec).startsWith(join(ROOT, 'server')) && !join(f, '..', spec).startsWith(join(ROOT, 'client')),
        `${where} imports ${spec}`,
      );
    }
});

test('the webview reaches the shared module only through files that need no LSP package', () => {
  for (const f of tsFiles(join(ROOT, 'client', 'src', 'webview')))
    for (const spec of importsOf(f)) assert.doesNotMatch(spec, /shared\/src\/requests/, `${relative(ROOT, f)} imports ${spec}`);
});
