/**
 * Where a rule's finding sits: the one way every family places a finding. A finding covers a
 * span: an AST node the rule already holds, or `pathSpan(doc, path)` for a JSON path.
 */
import type { AstNode, JsonPath } from '../parse/tree';
import { findNodeAtPath, findProperty } from '../parse/tree';
import type { DocUnit, Fix, Severity } from '../types';
import type { RuleFinding } from './rule';

/** A stretch of the file's text; an AstNode is one. */
export interface Span {
  offset: number;
  length: number;
}

/** A finding over `where` (only its offset and length are kept), with optional fixes and severity. */
export function at(where: Span, message: string, fixes?: Fix[], severity?: Severity): RuleFinding {
  const f: RuleFinding = { offset: where.offset, length: where.length, message };
  if (fixes?.length) f.fixes = fixes;
  if (severity) f.severity = severity;
  return f;
}

/**
 * The span to underline for a path: the value, else the closest existing parent's key. Objects and
 * arrays (and `preferKey`) give the key, so a finding does not cover a whole block.
 */
export function pathSpan(doc: DocUnit, path: JsonPath, preferKey = false): Span {
  let node: AstNode | undefined;
  for (let n = path.length; n >= 0 && !node; n--) node = findNodeAtPath(doc.root, path.slice(0, n));
  if (!node) return { offset: doc.offset, length: 1 };
  if (preferKey || node.type === 'object' || node.type === 'array') {
    const key = valueKey(node);
    if (key) return { offset: key.offset, length: key.length };
    return { offset: node.offset, length: 1 };
  }
  return { offset: node.offset, length: node.length };
}

/** The key of `key` inside the object at `path`, for underlining a field name. */
export function keySpan(doc: DocUnit, path: JsonPath, key: string): Span | undefined {
  const obj = findNodeAtPath(doc.root, path);
  const k = findProperty(obj, key)?.children?.[0];
  return k ? { offset: k.offset, length: k.length } : undefined;
}

/** The key of the property holding `node`, else the node itself (for whole-object findings). */
export function keyOf(node: AstNode): AstNode {
  return (node.parent?.type === 'property' && node.parent.children?.[0]) || node;
}

/** The key node of the property whose value is `node`. */
function valueKey(node: AstNode): AstNode | undefined {
  const p = node.parent;
  return p?.type === 'property' && p.children?.[1] === node ? p.children[0] : undefined;
}
