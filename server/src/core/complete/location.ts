/** Where the cursor is, as a path into the document: JSON through jsonc-parser, YAML through a marker re-parse. */
import { getLocation } from 'jsonc-parser';
import { parseYaml } from '../parse/yaml';
import type { AstNode } from '../parse/tree';
import { findNodeAtPath, propertyKey, pathOf } from '../parse/tree';
import type { DocUnit, SourceFile } from '../types';
import type { CursorContext } from './types';
import { asText } from '../text/asText';

const MARK = 'Zq9xCURSORx9qZ';

export function docAt(file: SourceFile, offset: number): DocUnit | undefined {
  let best: DocUnit | undefined;
  for (const d of file.docs) if (offset >= d.offset && offset <= d.offset + d.length) best = d;
  return best ?? file.docs[file.docs.length - 1];
}

export function cursorContext(file: SourceFile, offset: number): CursorContext | undefined {
  const doc = docAt(file, offset);
  if (!doc) return undefined;
  return file.language === 'json' ? jsonContext(file, doc, offset) : yamlContext(file, doc, offset);
}

function keysOf(obj: AstNode | undefined, skip?: AstNode): Set<string> {
  const out = new Set<string>();
  if (obj?.type === 'object')
    for (const p of obj.children ?? []) {
      const k = propertyKey(p);
      if (k !== undefined && p.children?.[0] !== skip) out.add(k);
    }
  return out;
}

function jsonContext(file: SourceFile, doc: DocUnit, offset: number): CursorContext {
  const loc = getLocation(file.text, offset);
  const prev = loc.previousNode;
  const quoted = !!prev && prev.type === 'string' && offset > prev.offset && offset < prev.offset + prev.length;
  const replace =
    prev &&
    (prev.type === 'string' || prev.type === 'number' || prev.type === 'boolean' || prev.type === 'null') &&
    offset <= prev.offset + prev.length
      ? { offset: prev.offset, length: prev.length }
      : { offset, length: 0 };
  const partial =
    prev && typeof prev.value !== 'object' && prev.value !== undefined
      ? asText(prev.value).slice(0, Math.max(0, offset - prev.offset - 1))
      : '';
  const path = [...loc.path];
  const lineStart = file.lines.lineStart(file.lines.positionAt(offset).line);
  const column = offset - lineStart;
  if (loc.isAtPropertyKey) {
    path.pop();
    const obj = findNodeAtPath(doc.root, path);
    const keyNode = prev && prev.type === 'string' ? findKeyNode(obj, prev.offset) : undefined;
    return { file, doc, offset, path, atKey: true, existingKeys: keysOf(obj, keyNode), replace, partial, quoted, column };
  }
  return { file, doc, offset, path, atKey: false, existingKeys: new Set(), replace, partial, quoted, column };
}

function findKeyNode(obj: AstNode | undefined, keyOffset: number): AstNode | undefined {
  for (const p of obj?.children ?? []) if (p.children?.[0]?.offset === keyOffset) return p.children[0];
  return undefined;
}

function yamlContext(file: SourceFile, doc: DocUnit, offset: number): CursorContext | undefined {
  const text = file.text;
  const lineNo = file.lines.positionAt(offset).line;
  const lineStart = file.lines.lineStart(lineNo);
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const prefix = text.slice(lineStart, offset);
  const suffix = text.slice(offset, lineEnd).replace(/\r$/, '');
  if (/#/.test(prefix.replace(/(["'])(?:(?!\1).)*\1/g, ''))) return undefined; // in a comment
  // `s`: a U+2028/U+2029 in the line (VS Code keeps them inside a line) must not make this fail
  const m = /^(\s*(?:-\s+)*)(.*)$/s.exec(prefix)!;
  const column = m[1].length;
  const rest = m[2];
  const valueMatch = /^((?:"[^"]*"|'[^']*'|[^:#'"\s][^:#]*?)):(\s*)(.*)$/.exec(rest);
  const atKey = !valueMatch;
  let injected: string;
  let partial: string;
  let replaceStart: number;
  if (atKey) {
    // scanned back from the cursor: the regex /[^\s\-"']*$/ was quadratic on a long line (19 s at 200,000 characters)
    let wordStart = offset;
    while (wordStart > lineStart && !/[\s\-"']/.test(text[wordStart - 1])) wordStart--;
    partial = text.slice(wordStart, offset);
    replaceStart = wordStart;
    const keyEnd = suffix.match(/^[^:\s]*/)![0].length;
    const tail = suffix.slice(keyEnd);
    injected = /^\s*:/.test(tail) ? MARK : `${MARK}: 0`;
    const before = text.slice(doc.offset, offset);
    const after = /^\s*:/.test(tail) ? text.slice(offset, doc.offset + doc.length) : text.slice(offset + keyEnd, doc.offset + doc.length);
    return locate(file, doc, before + injected + after, {
      atKey,
      partial,
      replace: { offset: replaceStart, length: offset - replaceStart + keyEnd },
      column,
      offset,
    });
  }
  const valueText = valueMatch ? valueMatch[3] : '';
  const quote = /^["']/.test(valueText) ? valueText[0] : '';
  partial = quote ? valueText.slice(1) : valueText;
  replaceStart = offset - valueText.length;
  const valueTail = suffix.match(quote ? new RegExp(`^[^${quote}]*${quote}?`) : /^[^\s#]*/)![0];
  injected = MARK;
  const before = text.slice(doc.offset, offset);
  const after = text.slice(offset, doc.offset + doc.length);
  return locate(file, doc, before + injected + after, {
    atKey: false,
    partial,
    replace: { offset: replaceStart, length: offset - replaceStart + valueTail.length },
    column,
    offset,
    quoted: !!quote,
  });
}

interface Pending {
  atKey: boolean;
  partial: string;
  replace: { offset: number; length: number };
  column: number;
  offset: number;
  quoted?: boolean;
}

function locate(file: SourceFile, doc: DocUnit, docText: string, p: Pending): CursorContext | undefined {
  const parsed = parseYaml(docText);
  for (const d of parsed) {
    const hit = findMark(d.root);
    if (!hit) continue;
    const path = pathOf(hit);
    if (p.atKey) {
      // the marker is a key: the object is its parent
      path.pop();
      const obj = hit.parent?.parent;
      return {
        file,
        doc,
        offset: p.offset,
        path,
        atKey: true,
        existingKeys: keysOf(obj, hit),
        replace: p.replace,
        partial: p.partial,
        quoted: false,
        column: p.column,
      };
    }
    return {
      file,
      doc,
      offset: p.offset,
      path,
      atKey: false,
      existingKeys: new Set(),
      replace: p.replace,
      partial: p.partial,
      quoted: !!p.quoted,
      column: p.column,
    };
  }
  return undefined;
}

function findMark(n: AstNode | undefined, depth = 0): AstNode | undefined {
  if (!n || depth > 200) return undefined;
  if (typeof n.value === 'string' && n.value.includes(MARK)) return n;
  for (const c of n.children ?? []) {
    const f = findMark(c, depth + 1);
    if (f) return f;
  }
  return undefined;
}
