/**
 * The check every fast way of reading YAML (the CST conversion, the scanner) is held to: the
 * documents `parseYaml` gives equal the library composer's (`parseYaml(text, { fast: false })`),
 * tree, ranges, findings and parent links alike.
 */
import assert from 'node:assert/strict';
import { parseYaml, type ParsedYamlDoc } from '../../../server/src/core/parse/yaml';
import type { AstNode } from '../../../server/src/core/parse/tree';

/** A tree as plain data (no parent links), to compare with deepEqual. */
function plain(n: AstNode | undefined): unknown {
  if (!n) return n;
  const { parent: _parent, children, ...rest } = n;
  return children ? { ...rest, children: children.map(plain) } : rest;
}

function parents(n: AstNode | undefined, parent?: AstNode): void {
  if (!n) return;
  assert.equal(n.parent, parent, 'parent link');
  for (const c of n.children ?? []) parents(c, n);
}

const docs = (ds: ParsedYamlDoc[]) => ds.map((d) => ({ ...d, root: plain(d.root) }));

/** Fails with `message` when the fast reading of `text` differs from the composer's. */
export function sameAsComposer(text: string, message: string): void {
  const fast = parseYaml(text);
  const slow = parseYaml(text, { fast: false });
  assert.deepEqual(docs(fast), docs(slow), message);
  for (const d of fast) parents(d.root);
}
