/** Replace one value node with a new scalar, written in the file's syntax. */
import type { AstNode } from '../parse/tree';
import type { FileLanguage, TextEdit } from '../types';
import { scalarText } from './serialize';

export function replaceValue(lang: FileLanguage, node: AstNode, value: string | number | boolean | null): TextEdit {
  return { offset: node.offset, length: node.length, newText: scalarText(lang, value) };
}
