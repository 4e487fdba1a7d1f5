/**
 * An open document whose text is all one-byte (Latin-1, as most YAML and JSON files are), kept in a
 * Buffer patched in place on each keystroke. The library's TextDocument concatenates the new text
 * and flattens it into a fresh 1.27 M-character string per keystroke on the real big file (6 of
 * ~14 ms: fresh memory costs page faults on the bench VM); here the edit moves the tail within a
 * warm buffer and the string is made only when someone reads it (`latin1` decoding of a large
 * buffer gives an external string: one copy into memory malloc reuses).
 *
 * Positions, offsets and the line table follow vscode-languageserver-textdocument 1.0.16 exactly
 * (its `FullTextDocument`, including its clamping and CRLF handling); the property test
 * test/unit/lsp/latin1Document.test.ts compares the two over random edits. `update` refuses a
 * change with a character above U+00FF before applying any: the caller falls back to the library.
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

const CR = 13;
const LF = 10;
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

export class Latin1Document implements TextDocument {
  private bytes: Buffer;
  private size: number;
  private text: string | undefined;
  private lineOffsets: number[] | undefined;

  /** `content` must be one-byte (`Latin1Document.fits`) */
  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.bytes = Buffer.allocUnsafeSlow(capacityFor(content.length));
    this.size = this.bytes.write(content, 0, 'latin1');
    this.text = content;
  }

  static fits(text: string): boolean {
    return !NOT_LATIN1.test(text);
  }

  /** the text's length in UTF-16 units, without making the string */
  get length(): number {
    return this.size;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    if (range) {
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      return this.text !== undefined ? this.text.substring(start, end) : this.slice(start, end);
    }
    return (this.text ??= this.slice(0, this.size));
  }

  /** Applies the changes in order, as the library does; false (and nothing changed) when a text is not one-byte. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): boolean {
    if (changes.some((c) => !Latin1Document.fits(c.text))) return false;
    for (const change of changes) {
      // the library's tests: a range makes an incremental change, neither range nor rangeLength a full one
      const c = change as { text: string; range?: Range; rangeLength?: number };
      if (c.range !== undefined) this.patch(wellformed(c.range), c.text);
      else if (c.rangeLength === undefined) this.replace(c.text);
      else throw new Error('Unknown change event received');
    }
    this.version = version;
    return true;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.size), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEol(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.size;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.size;
    return this.beforeEol(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.size - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.size;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.size;
    return this.slice(this.beforeEol(next, lineOffsets[line]), next);
  }

  private patch(range: Range, text: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    // a line past the end (no editor sends one) would leave holes in the library's table: count again
    const pastEnd = range.end.line >= this.lineOffsets!.length;
    const size = this.size - (end - start) + text.length;
    if (size > this.bytes.length) this.grow(size);
    // Buffer#copy moves overlapping bytes like memmove
    if (end !== start + text.length) this.bytes.copy(this.bytes, start + text.length, end, this.size);
    this.bytes.write(text, start, 'latin1');
    this.size = size;
    this.text = undefined;
    const insertedEnd = start + text.length;
    const crlfAtStart = this.at(start - 1) === CR && this.at(start) === LF;
    const crlfAtEnd = this.at(insertedEnd - 1) === CR && this.at(insertedEnd) === LF;
    if (crlfAtStart || crlfAtEnd || pastEnd) {
      // a CRLF pair across the edit's boundary is not in the inserted text's line offsets
      this.lineOffsets = undefined;
      return;
    }
    // offsetAt above made the table
    const lineOffsets = this.lineOffsets!;
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineOffsetsOf(text, false, start);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
    } else if (added.length < 10000) {
      lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
    } else {
      this.lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
    }
    const diff = text.length - (end - start);
    if (diff !== 0) {
      const offsets = this.lineOffsets!;
      for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += diff;
    }
  }

  private replace(text: string): void {
    if (text.length > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(capacityFor(text.length));
    this.size = this.bytes.write(text, 0, 'latin1');
    this.text = text;
    this.lineOffsets = undefined;
  }

  /** room for the text and some typing, so keystrokes patch the same warm buffer */
  private grow(size: number): void {
    const next = Buffer.allocUnsafeSlow(capacityFor(size));
    this.bytes.copy(next, 0, 0, this.size);
    this.bytes = next;
  }

  private slice(start: number, end: number): string {
    return this.bytes.toString('latin1', start, end);
  }

  /** the character code at `i`, NaN outside the text (as `charCodeAt`) */
  private at(i: number): number {
    return i >= 0 && i < this.size ? this.bytes[i] : NaN;
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.at(offset - 1))) offset--;
    return offset;
  }

  private getLineOffsets(): number[] {
    if (this.lineOffsets === undefined) {
      const result = [0];
      const b = this.bytes;
      for (let i = 0; i < this.size; i++) {
        const ch = b[i];
        if (ch === CR || ch === LF) {
          if (ch === CR && i + 1 < this.size && b[i + 1] === LF) i++;
          result.push(i + 1);
        }
      }
      this.lineOffsets = result;
    }
    return this.lineOffsets;
  }
}

const capacityFor = (length: number) => Math.max(256, length + (length >> 4));

const isEol = (ch: number) => ch === CR || ch === LF;

function wellformed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return { start: end, end: start };
  return range;
}

/** the library's computeLineOffsets */
function lineOffsetsOf(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const result = atLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEol(ch)) {
      if (ch === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
