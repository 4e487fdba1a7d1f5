/** Offset <-> LSP position (0-based line, UTF-16 character), computed once per text. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export class LineIndex {
  private table?: Uint32Array;
  constructor(private readonly text: string) {}

  /**
   * The index of `text`, made from `old`'s (the text before an edit that replaced
   * [start, oldEnd) by [start, newEnd)): the lines before the edit are copied, the lines after
   * it shifted. A keystroke in a 50,000-line file would otherwise find every line again.
   *
   * Whether a line starts at p depends only on the characters at p - 1 and p (`\n`, or `\r` not
   * followed by `\n`), so only the starts in [start, newEnd] are found again, in the new text:
   * a file with some `\r\n` lines keeps its index too (real files mix them).
   */
  static afterEdit(old: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const next = new LineIndex(text);
    const before = old.table;
    if (!before) return next; // found when asked
    let lo = 0; // the starts before `start` are kept
    for (let hi = before.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (before[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    let tail = lo; // the first start after the old edited text
    while (tail < before.length && before[tail] <= oldEnd) tail++;
    const added: number[] = lo === 0 ? [0] : [];
    for (let p = Math.max(start, 1); p <= newEnd; p++) {
      const c = text.charCodeAt(p - 1);
      if (c === 10 || (c === 13 && text.charCodeAt(p) !== 10)) added.push(p);
    }
    const starts = new Uint32Array(lo + added.length + before.length - tail);
    starts.set(before.subarray(0, lo));
    starts.set(added, lo);
    const delta = newEnd - oldEnd;
    let j = lo + added.length;
    for (let i = tail; i < before.length; i++) starts[j++] = before[i] + delta;
    next.table = starts;
    return next;
  }

  /**
   * Line start offsets, made on first use: most indexed files are never asked for a position,
   * and a keystroke in a big file makes a new index. A typed array of the exact size (counted in a
   * first pass) holds a 10,000-line file in 40 KB.
   */
  private get starts(): Uint32Array {
    if (this.table) return this.table;
    let n = 1;
    forEachLineStart(this.text, () => {
      n++;
    });
    const starts = new Uint32Array(n);
    let line = 1;
    forEachLineStart(this.text, (at) => {
      starts[line++] = at;
    });
    return (this.table = starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0,
      hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line];
    const end = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + pos.character, end));
  }
  range(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

/** Calls `visit` with the offset of every line after the first (line ends: \n, \r\n, \r). */
function forEachLineStart(text: string, visit: (at: number) => void): void {
  // indexOf finds both ends (much faster than a loop over every character): a 2 MB file with a
  // few \r\n lines among its \n ones cost tens of milliseconds per index the other way
  let n = text.indexOf('\n');
  let r = text.indexOf('\r');
  while (r >= 0) {
    if (n >= 0 && n < r) {
      visit(n + 1);
      n = text.indexOf('\n', n + 1);
    } else if (n === r + 1) {
      visit(n + 1);
      n = text.indexOf('\n', n + 1);
      r = text.indexOf('\r', r + 1);
    } else {
      visit(r + 1);
      r = text.indexOf('\r', r + 1);
    }
  }
  for (; n >= 0; n = text.indexOf('\n', n + 1)) visit(n + 1);
}
