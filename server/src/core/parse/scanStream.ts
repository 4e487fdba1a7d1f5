/**
 * A YAML stream split at its `---` lines, each document read by the one-pass scanner
 * (scanner.ts) and, where the scanner declines, parsed alone by the library from its slice of the
 * text (offsets shifted back). A stream the split cannot read as the library would (a directive,
 * `...` followed by more than a comment, a byte-order mark, a marker followed by a tab), or a declined
 * document with a syntax error (whose range may depend on the rest of the stream), gives `undefined`: the caller then
 * parses the whole text as before.
 */
import { Parser, type CST, type Schema } from 'yaml';
import type { ParsedYamlDoc } from './yaml';
import { scanDocument } from './scanner';
import type { Steps } from '../steps';

export interface Region {
  from: number;
  to: number;
  /** starts with a `---` line */
  marked: boolean;
  /** ended by a `...` line: the offset after that line (the document's end) */
  end?: number;
}

/** What the library makes of one document's tokens (the fast CST path, else its composer). */
export type FromTokens = (token: CST.Document) => ParsedYamlDoc;

export function* scanStream(text: string, schema: Schema, fromTokens: FromTokens): Steps<ParsedYamlDoc[] | undefined> {
  const regions = splitDocuments(text);
  if (!regions) return undefined;
  const rough = roughPositions(text);
  let r = 0;
  const out: ParsedYamlDoc[] = [];
  for (const { from, to, marked, end: dotsEnd } of regions) {
    // a tab or `\r` in the document: the library's
    while (r < rough.length && rough[r] < from) r++;
    const clean = r >= rough.length || rough[r] >= to;
    const scanned = clean ? scanDocument(text, from, to, marked, schema) : undefined;
    if (scanned) {
      const { start, root } = scanned;
      const end = dotsEnd ?? scanned.end;
      out.push({ offset: start, length: end - start, root, errors: [], text: text.slice(start, end) });
    } else {
      const token = sliceDocument(text, from, to);
      if (!token) return undefined;
      const doc = fromTokens(token);
      // a duplicate key is the composer's finding alone; a syntax error's range may depend on what follows
      if (doc.errors.some((e) => e.code !== 'duplicate-key')) return undefined;
      // what parseStrictly's `withEnd` does for a `...`
      out.push(dotsEnd === undefined ? doc : { ...doc, length: dotsEnd - doc.offset, text: text.slice(doc.offset, dotsEnd) });
    }
    yield;
  }
  return out;
}

/**
 * The documents' regions: each `---` line starts one; a `...` line ends one (the next starts at
 * its next content line). Blank and comment lines outside any document (before the first, after a
 * `...`) start none.
 */
export function splitDocuments(text: string): Region[] | undefined {
  if (text.includes('\uFEFF') || text.startsWith('%') || text.includes('\n%')) return undefined;
  const markers: number[] = [];
  for (const m of ['---', '...'])
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 3)) {
      const kind = isMarker(text, i);
      if (kind === 'odd') return undefined;
      if (kind) markers.push(i);
    }
  markers.sort((a, b) => a - b);
  const regions: Region[] = [];
  let from = 0;
  let marked = false;
  for (const m of markers) {
    const content = marked || firstContent(text, from, m);
    if (content === undefined) return undefined;
    if (text.charCodeAt(m) === 45) {
      if (content !== -1) regions.push({ from, to: m, marked });
      from = m;
      marked = true;
      continue;
    }
    // `...`: only spaces and a comment after it on its line; it ends a document, never nothing
    const end = docEndLine(text, m + 3);
    if (content === -1 || end === undefined) return undefined;
    regions.push({ from, to: m, marked, end });
    from = end;
    marked = false;
  }
  const content = marked || firstContent(text, from, text.length);
  if (content === undefined) return undefined;
  if (content !== -1) regions.push({ from, to: text.length, marked });
  return regions;
}

/** A document marker at `i`: at a line start and followed by whitespace or the end; 'odd' when a tab follows. */
function isMarker(text: string, i: number): boolean | 'odd' {
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return false;
  if (i + 3 >= text.length) return true;
  const c = text.charCodeAt(i + 3);
  if (c === 9) return 'odd';
  return c === 32 || c === 10 || (c === 13 && text.charCodeAt(i + 4) === 10);
}

/** Where the line of a `...` ends (after its line break), undefined when more than spaces and a comment follow it. */
function docEndLine(text: string, p: number): number | undefined {
  let spaced = false;
  for (let i = p; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 32) spaced = true;
    else if (c === 35 && spaced) {
      const nl = text.indexOf('\n', i);
      return nl < 0 ? text.length : nl + 1;
    } else if (c !== 13 || text.charCodeAt(i + 1) !== 10) return undefined;
  }
  return text.length;
}

/** The first content line's offset in [from, to), -1 when there is none, undefined on a tab or a lone `\r` among blank lines. */
function firstContent(text: string, from: number, to: number): number | undefined {
  for (let p = from; p < to;) {
    let i = p;
    while (i < to && text.charCodeAt(i) === 32) i++;
    let c = i < to ? text.charCodeAt(i) : 10;
    if (c === 13 && text.charCodeAt(i + 1) === 10) c = 10;
    if (c === 9 || c === 13) return undefined;
    if (c !== 10 && c !== 35) return i;
    const nl = text.indexOf('\n', i);
    p = nl < 0 || nl >= to ? to : nl + 1;
  }
  return -1;
}

/** Offsets of the tabs and `\r`s, in order: documents holding one go to the library. */
function roughPositions(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) out.push(i);
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** The library's tokens of text[from, to) alone, offsets made the whole text's; undefined unless exactly one document. */
function sliceDocument(text: string, from: number, to: number): CST.Document | undefined {
  let doc: CST.Document | undefined;
  for (const t of new Parser().parse(text.slice(from, to))) {
    if (t.type === 'document' && !doc) doc = t;
    else if (t.type !== 'comment' && t.type !== 'space' && t.type !== 'newline') return undefined;
  }
  if (doc && from > 0) shift(doc, from);
  return doc;
}

/** Adds `delta` to every `offset` in a token tree (tokens are plain objects and arrays). */
function shift(t: unknown, delta: number): void {
  if (Array.isArray(t)) {
    for (const x of t) shift(x, delta);
    return;
  }
  if (!t || typeof t !== 'object') return;
  const o = t as Record<string, unknown>;
  // for…in: tokens are plain objects, and a key list per token was most of this walk's garbage
  for (const k in o) {
    const v = o[k];
    if (k === 'offset' && typeof v === 'number') o[k] = v + delta;
    else if (v && typeof v === 'object') shift(v, delta);
  }
}
