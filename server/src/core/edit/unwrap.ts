/**
 * Replace an object by one of its property values (`{ "taskDefinition": {…} }` → `{…}`),
 * dedenting the inner text one level, optionally dropping some of the inner properties.
 */
import type { AstNode } from '../parse/tree';
import type { SourceFile, TextEdit } from '../types';
import { applyEdits } from './apply';
import { removeProperties } from './removeProperty';
import { columnOf, endOf } from './text';

export function unwrapValue(
  file: Pick<SourceFile, 'text' | 'language'>,
  outer: AstNode,
  inner: AstNode,
  drop: readonly AstNode[] = [],
): TextEdit {
  const { text } = file;
  const local = removeProperties(file, inner, drop).map((e) => ({ ...e, offset: e.offset - inner.offset }));
  let body = applyEdits(text.slice(inner.offset, endOf(inner)), local);
  // how far the inner keys sit to the right of the outer keys
  const innerKey = inner.children?.[0];
  const outerKey = outer.children?.[0];
  const shift = innerKey && outerKey ? columnOf(text, innerKey.offset) - columnOf(text, outerKey.offset) : 0;
  if (shift > 0) {
    const re = new RegExp(`\\n[ \\t]{1,${shift}}`, 'g');
    body = body.replace(re, '\n');
  }
  return { offset: outer.offset, length: outer.length, newText: body };
}
