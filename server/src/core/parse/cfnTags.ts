/**
 * CloudFormation's YAML short forms (`!Ref x`, `!GetAtt a.b`, `!Sub '…'`) become the long form
 * they stand for (`{ "Ref": "x" }`, `{ "Fn::GetAtt": ["a", "b"] }`), so everything after the
 * parser — detection, the template model, rules, navigation — sees one shape for both. The
 * wrapper object spans the tag and its value; its key node is the tag itself.
 *
 * Only the tags CloudFormation defines are rewritten, and only in documents that look like a
 * template (yaml.ts decides): any other YAML keeps its tree exactly as before.
 */
import type { AstNode } from './tree';

/** tag → the long-form key it stands for */
export const CFN_TAGS: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...[
    'GetAtt',
    'Sub',
    'Join',
    'If',
    'Select',
    'Split',
    'ImportValue',
    'FindInMap',
    'Base64',
    'Cidr',
    'GetAZs',
    'Equals',
    'And',
    'Or',
    'Not',
    'Transform',
    'Length',
    'ToJsonString',
    'ForEach',
  ].map((n) => [`!${n}`, `Fn::${n}`] as [string, string]),
]);

/** The top-level keys that make a YAML document a template (where the short forms mean something). */
export const CFN_TOP_KEYS = new Set(['AWSTemplateFormatVersion', 'Resources', 'Transform']);

/**
 * Wraps `value` (already converted, its parent not yet set) in the long form of `tag`. `tagOffset`
 * is where the tag is written; `text` is the text the offsets point into.
 */
export function wrapCfnTag(tag: string, tagOffset: number, value: AstNode, parent: AstNode | undefined, text: string): AstNode {
  const key = CFN_TAGS.get(tag)!;
  const end = Math.max(value.offset + value.length, tagOffset + tag.length);
  const obj: AstNode = { type: 'object', offset: tagOffset, length: end - tagOffset, parent, children: [] };
  const prop: AstNode = { type: 'property', offset: tagOffset, length: end - tagOffset, parent: obj, children: [] };
  prop.colonOffset = tagOffset + tag.length;
  prop.children!.push({ type: 'string', offset: tagOffset, length: tag.length, parent: prop, value: key });
  const inner = key === 'Fn::GetAtt' && value.type === 'string' ? splitGetAtt(value, text) : value;
  inner.parent = prop;
  prop.children!.push(inner);
  obj.children!.push(prop);
  return obj;
}

/** `!GetAtt Resource.Attr.Sub` → `["Resource", "Attr.Sub"]`, each part at its own offset. */
function splitGetAtt(node: AstNode, text: string): AstNode {
  const s = typeof node.value === 'string' ? node.value : '';
  const dot = s.indexOf('.');
  if (dot < 0) return node;
  // where the characters start: after the quote of a quoted scalar, when the text holds them literally
  const raw = text.slice(node.offset, node.offset + node.length);
  const at = raw.indexOf(s);
  const base = at >= 0 ? node.offset + at : node.offset;
  const exact = at >= 0;
  const arr: AstNode = { type: 'array', offset: node.offset, length: node.length, children: [] };
  const part = (value: string, from: number, length: number): AstNode => ({
    type: 'string',
    offset: exact ? base + from : node.offset,
    length: exact ? length : node.length,
    parent: arr,
    value,
    plain: node.plain,
  });
  arr.children!.push(part(s.slice(0, dot), 0, dot), part(s.slice(dot + 1), dot + 1, s.length - dot - 1));
  return arr;
}

/** Where the tag written before a node's value starts: scanned back over spaces from the value. */
export function tagOffset(text: string, tag: string, valueStart: number): number {
  let i = Math.min(valueStart, text.length);
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const start = i - tag.length;
  return start >= 0 && text.slice(start, i) === tag ? start : valueStart;
}
