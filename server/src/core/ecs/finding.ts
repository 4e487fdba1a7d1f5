/** Small builders for rule findings: at a node, with optional fixes. */
import type { AstNode } from '../parse/tree';
import type { RuleFinding } from '../rules/rule';
import type { Fix, Severity } from '../types';

export function at(node: AstNode, message: string, fixes?: Fix[], severity?: Severity): RuleFinding {
  const f: RuleFinding = { offset: node.offset, length: node.length, message };
  if (fixes?.length) f.fixes = fixes;
  if (severity) f.severity = severity;
  return f;
}

/** the key of the property holding `node`, else the node itself (for whole-object findings) */
export function keyOf(node: AstNode): AstNode {
  const p = node.parent;
  return p?.type === 'property' && p.children?.[0] ? p.children[0] : node;
}
