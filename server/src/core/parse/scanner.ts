/**
 * One YAML document read in one pass over its text, straight to our tree, for the block subset
 * almost every manifest is written in: block maps and sequences (compact `- key: v` items too),
 * one-line plain and quoted scalars, block scalars, `[]` / `{}`, comments and blank lines. It gives the tree and
 * range the library's parser + composer give (`parseYaml(text, { fast: false })`), ranges included:
 *
 * - a scalar's node end runs over its line's spaces, comment and line break, and over the comment
 *   lines indented deeper than its collection that follow it directly (the parser's
 *   `atIndentedComment`);
 * - other blank and comment lines after a collection's last value stay in it (they extend its node
 *   end, not its length) when one of the comments is indented as far as the collection and the
 *   collection is not at column 0; otherwise they go to the parent (the parser's `pop`), and from
 *   the top collection to the document's end;
 * - a missing value (`key:`) is a null of length 0 after the colon and the spaces that follow it.
 *
 * Everything else (anchors, tags, block scalars outside scanBlockScalar.ts's subset, multi-line scalars, flow collections with items,
 * `?` keys, duplicate keys, a comment after a missing value, odd indentation, any error) throws
 * `BAIL`, and `scanDocument` gives `undefined`: the caller parses that document the old way.
 */
import type { Schema } from 'yaml';
import type { AstNode } from './tree';
import { asText } from '../text/asText';
import { BAIL, bail, lineScalar, plainAt, quotedAt, type LineScalar } from './scanScalar';
import { flowNode, scalarNode, tagAt, type FlowContext } from './scanFlow';
import { looksLikeTemplate, wrapTagged } from './cfnTagged';
import { blockScalarAt } from './scanBlockScalar';
import { OpenItems } from './openItems';

export interface ScannedDocument {
  start: number;
  end: number;
  root: AstNode;
}

/**
 * The document in text[from, to): `from` is the start of its `---` line when `marked`, else of
 * its first line; `to` the start of the next `---` line or the text's end. No tab or `\r` inside.
 */
export function scanDocument(text: string, from: number, to: number, marked: boolean, schema: Schema): ScannedDocument | undefined {
  try {
    return new Scanner(text, to, schema).document(from, marked);
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

/** Blank and comment lines the parser has not yet given to a node (its trailing item). */
interface Pending {
  end: number;
  /** the deepest comment's column, -1 when only blank lines */
  comment: number;
}

class Scanner {
  /** the next content line: the offset of its first character and its column; -1 at the document's end */
  private at = 0;
  private col = -1;
  private pending: Pending | undefined;
  /** of the node built last: where its value ends and where its node ends (the composer's range[1], range[2]) */
  private valueEnd = 0;
  private nodeEnd = 0;
  /** the collection closed last kept the trailing comment lines before the next content line (see close) */
  private keptBelow = false;
  /** flow collections and the short-form tags met so far (scanFlow.ts) */
  private readonly flow: FlowContext;
  private readonly items = new OpenItems();
  /** the last scalar scanned: read before the next scan (see lineScalar) */
  private readonly scalar = lineScalar();

  constructor(
    private readonly text: string,
    private readonly to: number,
    private readonly schema: Schema,
  ) {
    this.flow = { text, schema, tagged: [] };
  }

  document(from: number, marked: boolean): ScannedDocument {
    if (marked && this.onlyLineBreaks(from + 3)) {
      // `---` then nothing: the composer's empty document is the marker, its root a null just after it
      const root: AstNode = { type: 'null', offset: from + 3, length: 0, parent: undefined, value: null, source: '', plain: true };
      return { start: from, end: from + 3, root };
    }
    let p = from;
    if (marked) {
      // `---`, then spaces and a comment at most
      this.lineRest(from + 3, true);
      p = this.nextLine(from);
    }
    this.trivia(p, -1, false, false);
    if (this.col !== 0) bail(); // an empty document, or one indented as a whole
    this.pending = undefined;
    const root = this.collection(this.at, 0, undefined);
    if (this.col >= 0) bail(); // content after the root: an error
    const pending = this.pending as Pending | undefined; // set by the scans above
    const end = pending ? pending.end : this.nodeEnd;
    if (this.flow.tagged.length > 0 && looksLikeTemplate(root)) wrapTagged(this.flow.tagged, this.text);
    return { start: marked ? from : root.offset, end, root };
  }

  /** Whether text[p, to) holds line breaks alone (blank lines without spaces, or nothing). */
  private onlyLineBreaks(p: number): boolean {
    for (let i = p; i < this.to; i++) if (this.text.charCodeAt(i) !== 10) return false;
    return true;
  }

  /** The start of the line after the one holding `p` (or the document's end). */
  private nextLine(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl < 0 || nl >= this.to ? this.to : nl + 1;
  }

  private lineEnd(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl < 0 || nl >= this.to ? this.to : nl;
  }

  /** After a node on a line: only spaces and a comment (after a space) may follow. Gives whether there was a comment. */
  private lineRest(p: number, spaced: boolean): boolean {
    const le = this.lineEnd(p);
    for (let i = p; i < le; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 32) spaced = true;
      else if (c === 35 && spaced) return true;
      else bail();
    }
    return false;
  }

  /**
   * Blank and comment lines from `p` (a line start) to the next content line, which sets `at`
   * and `col`. After a scalar (`absorb`), comment lines indented deeper than its collection
   * (`indent`) join its node end while nothing else came between; the rest become `pending`.
   * After a missing value (`swallow`) they belong to it: a comment among them is not ours.
   */
  private trivia(p: number, indent: number, absorb: boolean, swallow: boolean): void {
    const { text, to } = this;
    let pending: Pending | undefined;
    while (p < to) {
      let i = p;
      while (i < to && text.charCodeAt(i) === 32) i++;
      const c = i < to ? text.charCodeAt(i) : 10;
      const next = c === 10 ? Math.min(i + 1, to) : this.nextLine(i);
      if (c !== 10 && c !== 35) {
        this.at = i;
        this.col = i - p;
        this.pending = pending;
        return;
      }
      if (c === 35) {
        if (swallow) bail();
        const column = i - p;
        if (absorb && (!pending || pending.comment < 0) && column > indent) {
          this.nodeEnd = next;
          pending = undefined;
        } else if (pending) {
          pending.end = next;
          if (column > pending.comment) pending.comment = column;
        } else pending = { end: next, comment: column };
      } else if (pending) pending.end = next;
      else pending = { end: next, comment: -1 };
      p = next;
    }
    this.at = to;
    this.col = -1;
    this.pending = pending;
  }

  /** A map or sequence whose first line's content is at `p`, column `col`. */
  private collection(p: number, col: number, parent: AstNode | undefined): AstNode {
    return this.isDash(p) ? this.blockSeq(p, col, parent) : this.blockMap(p, col, parent);
  }

  private isDash(p: number): boolean {
    if (this.text.charCodeAt(p) !== 45) return false;
    const n = p + 1 < this.to ? this.text.charCodeAt(p + 1) : 10;
    return n === 32 || n === 10;
  }

  /** The parser's pop: trailing blank and comment lines stay in the collection or go to its parent. */
  private close(node: AstNode, indent: number, lastEnd: number): AstNode {
    // a collection closed after a deeper one kept trailing comment lines ends where the next content
    // starts (after its indentation), as the library's parser pops it there
    if (this.keptBelow && this.col >= 0) lastEnd = this.at;
    node.length = lastEnd - node.offset;
    this.valueEnd = lastEnd;
    this.nodeEnd = lastEnd;
    const pending = this.pending;
    if (pending && indent !== 0 && pending.comment >= indent) {
      this.nodeEnd = pending.end;
      this.pending = undefined;
      this.keptBelow = true;
    }
    return node;
  }

  private blockMap(p: number, col: number, parent: AstNode | undefined): AstNode {
    const node: AstNode = { type: 'object', offset: p, length: 0, parent, children: undefined };
    const base = this.items.start;
    let keys: Set<unknown> | undefined;
    for (;;) {
      const prop = this.property(p, node, base, keys);
      this.items.push(prop);
      // the keys of a long map (a ConfigMap's data) in a set
      if (keys) keys.add(prop.children![0].value);
      else if (this.items.count(base) > 16) keys = this.items.keys(base);
      if (this.col !== col) break;
      if (this.isDash(this.at)) bail(); // a sequence item beside a map's keys
      this.keptBelow = false;
      p = this.at;
    }
    if (this.col > col) bail();
    node.children = this.items.close(base);
    return this.close(node, col, this.nodeEnd);
  }

  /** One `key: value` of a block map at column `col` of the key's line; leaves `at` on the next content line. */
  private property(p: number, map: AstNode, base: number, keys: Set<unknown> | undefined): AstNode {
    const { text } = this;
    const le = this.lineEnd(p);
    // read in full here: the value's scan below refills the record
    const key = this.scalarAt(p, le, true);
    if (!key.plain) {
      if (text.charCodeAt(key.end) !== 58) bail();
    } else if (!key.colon) bail();
    if (key.value === '<<') bail();
    const keyText = key.value === null ? '' : asText(key.value);
    if (this.items.hasKey(keyText, base, keys)) bail();
    const keyEnd = key.end;
    const length = keyEnd - p;
    // the pair goes in at the end as a two-slot array: a pushed-to `[]` gets room for sixteen, and
    // the tree is most of what a big file's open keeps (and the young generation copies)
    const prop: AstNode = { type: 'property', offset: p, length, parent: map, children: undefined, colonOffset: keyEnd };
    const keyNode: AstNode = { type: 'string', offset: p, length, parent: prop, value: keyText };
    const col = p - this.lineStart(p);
    let v = keyEnd + 1;
    while (v < le && text.charCodeAt(v) === 32) v++;
    let value: AstNode;
    if (v < le && text.charCodeAt(v) !== 35) {
      if (v === keyEnd + 1) bail(); // `key:x` is a plain scalar, not a key
      const tag = this.tagAlone(v, le);
      value = tag ? this.taggedCollection(p, col, prop, tag) : this.inline(v, le, col, prop, false);
    } else {
      const comment = v < le;
      this.trivia(this.nextLine(p), col, false, false);
      if (this.col > col || (this.col === col && this.isDash(this.at))) {
        this.pending = undefined; // lines between the key and its value are the separator's
        const c = text.charCodeAt(this.at);
        // `key:` then `[…]` / `{…}` alone on a deeper line
        if (c === 91 || c === 123) value = this.flowOrTagged(this.at, this.lineEnd(this.at), col, prop);
        else value = this.collection(this.at, this.col, prop);
      } else {
        // a missing value: a null after the colon and its spaces (trailing lines are its, uncommented)
        if (comment || (this.pending && this.pending.comment >= 0)) bail();
        this.pending = undefined;
        value = { type: 'null', offset: v, length: 0, parent: prop, value: null, source: '', plain: true };
        this.valueEnd = v;
        this.nodeEnd = v;
      }
    }
    prop.children = [keyNode, value];
    prop.length = Math.max(length, this.valueEnd - p);
    return prop;
  }

  private lineStart(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  private blockSeq(p: number, col: number, parent: AstNode | undefined): AstNode {
    const node: AstNode = { type: 'array', offset: p, length: 0, parent, children: undefined };
    const base = this.items.start;
    for (;;) {
      const le = this.lineEnd(p);
      let v = p + 1;
      while (v < le && this.text.charCodeAt(v) === 32) v++;
      if (v >= le || v === p + 1) bail(); // `-` alone (an item on the next lines or none)
      const item = this.inline(v, le, col, node, true);
      this.items.push(item);
      if (this.col !== col || !this.isDash(this.at)) break;
      this.keptBelow = false;
      p = this.at;
    }
    if (this.col > col) bail();
    node.children = this.items.close(base);
    return this.close(node, col, this.nodeEnd);
  }

  /**
   * A node starting at `v` on a line after `key: ` or `- ` (`item`), in a collection at column
   * `indent`: a scalar or `[]` / `{}`, or after `- ` a compact map.
   */
  private inline(v: number, le: number, indent: number, parent: AstNode, item: boolean): AstNode {
    const { text } = this;
    const c = text.charCodeAt(v);
    if (c === 124 || c === 62) return this.blockScalar(v, le, indent, parent);
    if (c === 33 || c === 91 || c === 123) return this.flowOrTagged(v, le, indent, parent);
    if (item && c !== 39 && c !== 34 && !this.isDash(v)) {
      // a compact map (`- key: v`) or a scalar: the plain scan tells
      const s = plainAt(text, v, le, false, this.schema, this.scalar);
      if (s.colon) return this.blockMap(v, v - this.lineStart(v), parent);
      return this.scalarNode(v, s, indent, parent);
    }
    // a quoted key after `- ` (`- "k": v`) is left to lineRest, which refuses the colon
    const s = this.scalarAt(v, le, false);
    if (s.colon) bail(); // `key: a: b`
    return this.scalarNode(v, s, indent, parent);
  }

  /**
   * `|` or `>` and the lines below (scanBlockScalar.ts). Its range ends after its last line break;
   * the blank lines after it are the collection's (as after a one-line scalar), a comment among
   * them is left to the library.
   */
  private blockScalar(v: number, le: number, indent: number, parent: AstNode): AstNode {
    const { end, value } = blockScalarAt(this.text, v, le, this.to, indent);
    this.valueEnd = end;
    this.nodeEnd = end;
    this.trivia(end, indent, false, true);
    if (this.col > indent) bail();
    return { type: 'string', offset: v, length: end - v, parent, value, source: value, plain: false };
  }

  /** `[…]`, `{…}` on one line, or a short-form tag before one of them, a one-line scalar or a block scalar. */
  private flowOrTagged(v: number, le: number, indent: number, parent: AstNode): AstNode {
    const { text } = this;
    let w = v;
    let tag: string | undefined;
    if (text.charCodeAt(v) === 33) {
      tag = tagAt(text, v, le);
      w = this.skipSpaces(v + tag.length, le);
      if (w >= le || text.charCodeAt(w) === 35) bail(); // a tag before nothing on its line
    }
    const d = text.charCodeAt(w);
    if (d === 124 || d === 62) {
      // `!Sub |` (only a tag comes before a block scalar here)
      const block = this.blockScalar(w, le, indent, parent);
      this.flow.tagged.push({ tag: tag!, node: block });
      return block;
    }
    let node: AstNode;
    if (d === 91 || d === 123) node = flowNode(this.flow, v, le, parent);
    else {
      const s = this.scalarAt(w, le, false);
      if (s.colon) bail();
      node = scalarNode(s, w, parent, true);
      this.flow.tagged.push({ tag: tag!, node });
    }
    this.afterValue(node.offset + node.length, indent);
    return node;
  }

  /** The short-form tag at `v` when only spaces follow it on its line (its value is a block collection below). */
  private tagAlone(v: number, le: number): string | undefined {
    if (this.text.charCodeAt(v) !== 33) return undefined;
    const tag = tagAt(this.text, v, le);
    const w = this.skipSpaces(v + tag.length, le);
    return w >= le ? tag : undefined;
  }

  /** `key: !Tag` then a block collection on the following lines (the key's line starts at `p`, column `col`). */
  private taggedCollection(p: number, col: number, prop: AstNode, tag: string): AstNode {
    this.trivia(this.nextLine(p), col, false, false);
    if (!(this.col > col || (this.col === col && this.isDash(this.at)))) bail();
    this.pending = undefined;
    const node = this.collection(this.at, this.col, prop);
    this.flow.tagged.push({ tag, node });
    return node;
  }

  private skipSpaces(i: number, le: number): number {
    while (i < le && this.text.charCodeAt(i) === 32) i++;
    return i;
  }

  private scalarAt(p: number, le: number, atKey: boolean): LineScalar {
    const c = this.text.charCodeAt(p);
    return c === 34 || c === 39 ? quotedAt(this.text, p, le, this.scalar) : plainAt(this.text, p, le, atKey, this.schema, this.scalar);
  }

  private scalarNode(v: number, s: LineScalar, indent: number, parent: AstNode): AstNode {
    const node = scalarNode(s, v, parent, false);
    this.afterValue(s.end, indent);
    return node;
  }

  /** After a scalar or `[]` ending at `end`: the rest of its line, then the lines up to the next content. */
  private afterValue(end: number, indent: number): void {
    this.lineRest(end, false);
    this.valueEnd = end;
    this.nodeEnd = this.nextLine(end);
    this.trivia(this.nodeEnd, indent, true, false);
    if (this.col > indent) bail(); // a continuation line (multi-line scalar) or an error
  }
}
