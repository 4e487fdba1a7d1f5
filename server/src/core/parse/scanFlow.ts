/**
 * One-line flow collections and CloudFormation short-form tags for the one-pass scanner
 * (scanner.ts): `[a, "b", !Ref c]`, `{ Service: ecs-tasks.amazonaws.com }`, nested in each other,
 * read from the text to our tree with the library's ranges. A tag is recorded (`Tagged`) with the
 * node it stands before; cfnTagged.ts wraps them once the document is known to be a template.
 * Anything else (a multi-line collection, an empty item, a trailing comma, an implicit pair in a
 * sequence, a key without `: `, a duplicate key, another tag) throws `BAIL`.
 */
import type { Schema } from 'yaml';
import type { AstNode } from './tree';
import { asText } from '../text/asText';
import { CFN_TAGS } from './cfnTags';
import { bail, flowPlainAt, quotedAt, type LineScalar } from './scanScalar';
import { fitted } from './fitted';

/** A short-form tag written before `node`. */
export interface Tagged {
  tag: string;
  node: AstNode;
}

export interface FlowContext {
  text: string;
  schema: Schema;
  tagged: Tagged[];
}

/** The CloudFormation tag at `v` (`!Ref`), ended by a space or the line end `le`; any other tag bails. */
export function tagAt(text: string, v: number, le: number): string {
  let i = v + 1;
  while (i < le && text.charCodeAt(i) !== 32) i++;
  const tag = text.slice(v, i);
  if (!CFN_TAGS.has(tag)) bail();
  return tag;
}

/** A node as the composer makes it from a scalar: with a short-form tag, its text as a string. */
export function scalarNode(s: LineScalar, offset: number, parent: AstNode, tagged: boolean): AstNode {
  const value = tagged ? s.source : s.value;
  return { type: tagged ? 'string' : scalarType(value), offset, length: s.end - offset, parent, value, source: s.source, plain: s.plain };
}

export function scalarType(v: unknown): AstNode['type'] {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

/** A flow node at `i` (a collection, a scalar, either after a tag) on one line; gives the node and where it ends. */
export function flowNode(ctx: FlowContext, i: number, le: number, parent: AstNode): AstNode {
  const { text } = ctx;
  let tag: string | undefined;
  if (text.charCodeAt(i) === 33) {
    tag = tagAt(text, i, le);
    i = skipSpaces(text, i + tag.length, le);
    if (i >= le) bail();
  }
  const c = text.charCodeAt(i);
  let node: AstNode;
  if (c === 91) node = flowSeq(ctx, i, le, parent);
  else if (c === 123) node = flowMap(ctx, i, le, parent);
  else {
    const s = c === 34 || c === 39 ? quotedAt(text, i, le) : flowPlainAt(text, i, le, false, ctx.schema);
    node = scalarNode(s, i, parent, tag !== undefined);
  }
  if (tag) ctx.tagged.push({ tag, node });
  return node;
}

/** `[a, "b", [c], {d: e}]` closing on its line. */
function flowSeq(ctx: FlowContext, v: number, le: number, parent: AstNode): AstNode {
  const { text } = ctx;
  const node: AstNode = { type: 'array', offset: v, length: 0, parent, children: [] };
  let i = skipSpaces(text, v + 1, le);
  if (text.charCodeAt(i) !== 93)
    for (;;) {
      if (i >= le) bail();
      const item = flowNode(ctx, i, le, node);
      node.children!.push(item);
      i = separator(text, item.offset + item.length, le, 93);
      if (text.charCodeAt(i) === 93) break;
    }
  node.length = i + 1 - v;
  node.children = fitted(node.children!);
  return node;
}

/** `{ a: b, "c": [d] }` closing on its line: every key plain or quoted, followed by `: ` and a value. */
function flowMap(ctx: FlowContext, v: number, le: number, parent: AstNode): AstNode {
  const { text } = ctx;
  const node: AstNode = { type: 'object', offset: v, length: 0, parent, children: [] };
  const keys = new Set<unknown>();
  let i = skipSpaces(text, v + 1, le);
  if (text.charCodeAt(i) !== 125)
    for (;;) {
      if (i >= le) bail();
      const c = text.charCodeAt(i);
      const key = c === 34 || c === 39 ? quotedAt(text, i, le) : flowPlainAt(text, i, le, true, ctx.schema);
      if (key.plain ? !key.colon : text.charCodeAt(key.end) !== 58) bail();
      if (text.charCodeAt(key.end + 1) !== 32 || key.value === '<<' || keys.has(key.value)) bail();
      keys.add(key.value);
      const length = key.end - i;
      // one shape for every property node, its pair in an array of two (see scanner.ts property)
      const prop: AstNode = { type: 'property', offset: i, length, parent: node, children: undefined, colonOffset: key.end };
      const keyNode: AstNode = { type: 'string', offset: i, length, parent: prop, value: key.value === null ? '' : asText(key.value) };
      const at = skipSpaces(text, key.end + 1, le);
      const sc = text.charCodeAt(at);
      if (at >= le || sc === 44 || sc === 125) bail(); // a missing value
      const value = flowNode(ctx, at, le, prop);
      prop.children = [keyNode, value];
      prop.length = Math.max(length, value.offset + value.length - i);
      node.children!.push(prop);
      i = separator(text, value.offset + value.length, le, 125);
      if (text.charCodeAt(i) === 125) break;
    }
  node.length = i + 1 - v;
  node.children = fitted(node.children!);
  return node;
}

/** After an item: spaces, then the closing bracket (its offset) or a comma and the next item (its offset). */
function separator(text: string, p: number, le: number, close: number): number {
  let i = skipSpaces(text, p, le);
  const sep = text.charCodeAt(i);
  if (i >= le || (sep !== close && sep !== 44)) bail();
  if (sep === close) return i;
  i = skipSpaces(text, i + 1, le);
  const n = text.charCodeAt(i);
  if (i >= le || n === close || n === 44) bail(); // a trailing comma or an empty item
  return i;
}

function skipSpaces(text: string, i: number, le: number): number {
  while (i < le && text.charCodeAt(i) === 32) i++;
  return i;
}
