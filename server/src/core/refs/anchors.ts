/** Building anchors (types.ts) from tree nodes and the file text they were parsed from. */
import type { AstNode, JsonPath } from '../parse/tree';
import { findNodeAtPath, propertyKey } from '../parse/tree';
import { isPlaceholder } from '../text/placeholder';
import type { Anchor } from './types';

export interface NamedAnchor extends Anchor {
  /** why a rename cannot rewrite it (see Reference.fixed) */
  fixed?: string;
}

/**
 * The characters of `name` inside the scalar `node` (after `after` when given: the family inside
 * an ARN). When the text does not hold the name literally (escapes), the anchor covers the value
 * and says so.
 */
export function nameAnchor(text: string, node: AstNode, name: string, after?: string): NamedAnchor {
  const raw = text.slice(node.offset, node.offset + node.length);
  let from = 0;
  if (after) {
    const a = raw.indexOf(after);
    if (a >= 0) from = a + after.length;
  }
  const i = raw.indexOf(name, from);
  if (i < 0 || !name) return { at: node, delta: 0, length: node.length, fixed: 'the name is written with escape sequences' };
  const fixed = isPlaceholder(name) ? 'the name is a template placeholder' : node.alias ? 'the name comes from a YAML alias' : undefined;
  return fixed ? { at: node, delta: i, length: name.length, fixed } : { at: node, delta: i, length: name.length };
}

/** The anchor of the scalar at `path` under `root` when it is a string, with its value. */
export function stringAt(text: string, root: AstNode | undefined, path: JsonPath): (NamedAnchor & { name: string }) | undefined {
  const node = findNodeAtPath(root, path);
  if (!node || node.type !== 'string' || typeof node.value !== 'string' || !node.value) return undefined;
  return { ...nameAnchor(text, node, node.value), name: node.value };
}

/** Every string scalar under `root`, with the key of the property holding it (for arrays: the array's key). */
export function eachString(root: AstNode | undefined, fn: (node: AstNode, key: string | undefined) => void): void {
  const walk = (n: AstNode, key: string | undefined, depth: number) => {
    if (depth > 200) return;
    if (n.type === 'string') return fn(n, key);
    if (n.type === 'object') {
      for (const p of n.children ?? []) {
        const v = p.children?.[1];
        if (v) walk(v, propertyKey(p), depth + 1);
      }
    } else if (n.type === 'array') for (const c of n.children ?? []) walk(c, key, depth + 1);
  };
  if (root) walk(root, undefined, 0);
}

/** The whole-node anchor (a selector, a key): not renamable text. */
export function nodeAnchor(node: AstNode): Anchor {
  return { at: node, delta: 0, length: node.length };
}

/** The key node of the property at `path` (for anchoring a map such as a selector). */
export function keyAt(root: AstNode | undefined, path: JsonPath): AstNode | undefined {
  const node = findNodeAtPath(root, path);
  const p = node?.parent;
  return p?.type === 'property' && p.children?.[1] === node ? p.children?.[0] : undefined;
}
