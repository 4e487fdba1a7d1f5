/**
 * Block scalars (`|`, `|-`, `|+`, `>`, `>-`, `>+`, a comment after the header) for the one-pass
 * scanner (scanner.ts). Where the scalar ends is found as the library's lexer finds it
 * (`parseBlockScalar`: lines blank or indented at least as far as the first content line; then,
 * unless `+`, trailing blank lines no deeper than that line are given back); its value and range
 * come from the library's own `CST.resolveAsScalar`, so folding and chomping are the composer's.
 * Declined (`BAIL`): an explicit indentation indicator, an empty scalar, a scalar running to the
 * end of the text without a line break, anything the library reports an error for.
 */
import { CST } from 'yaml';
import { bail } from './scanScalar';

export interface BlockScalar {
  /** the offset after its last line's line break: its value and node end */
  end: number;
  value: string;
}

/**
 * The block scalar whose header starts at `v` (on a line ending at `le`), the value of a
 * collection at column `indent`, in a document ending at `to` (no tab or `\r` inside).
 */
export function blockScalarAt(text: string, v: number, le: number, to: number, indent: number): BlockScalar {
  let h = v + 1;
  const c = text.charCodeAt(h);
  const keep = c === 43;
  if (c === 43 || c === 45) h++;
  if (h < le && text.charCodeAt(h) !== 32) bail(); // an indentation indicator, or other characters
  headerRest(text, h, le);
  if (le >= to) bail(); // no line after the header in this document
  const pos = le + 1;
  // the first content line's indentation (the lexer's first loop); `nl` is the line break before it
  let nl = le;
  let i = pos;
  let n = 0;
  for (; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32) n++;
    else if (ch === 10) {
      nl = i;
      n = 0;
    } else break;
  }
  // empty (the lexer's `indent < indentNext`, `indentNext` being the collection's column + 1), or at the end
  if (i >= to || n <= indent) bail();
  // lines that continue it: blank, or indented at least `n` (the lexer's continueScalar)
  for (;;) {
    const start = nl + 1;
    let j = start;
    while (j < to && text.charCodeAt(j) === 32) j++;
    if (j >= to) {
      if (j > start) bail(); // spaces without a line break at the text's end
      break; // the document's end: at a `---` line, or the text's end
    }
    if (text.charCodeAt(j) !== 10 && j - start < n) break;
    const next = text.indexOf('\n', j);
    if (next < 0 || next >= to) bail(); // the text ends inside it without a line break
    nl = next;
  }
  if (!keep) {
    // trailing blank lines no deeper than `n` are not the scalar's
    for (;;) {
      let k = nl - 1;
      while (k >= pos && text.charCodeAt(k) === 32) k--;
      if (k >= pos && text.charCodeAt(k) === 10 && nl - 1 - k <= n) nl = k;
      else break;
    }
  }
  const end = nl + 1;
  const token: CST.BlockScalar = {
    type: 'block-scalar',
    offset: v,
    indent,
    props: [
      { type: 'block-scalar-header', offset: v, indent, source: text.slice(v, h) },
      ...(h < le ? [{ type: 'space' as const, offset: h, indent, source: text.slice(h, le) }] : []),
      { type: 'newline', offset: le, indent, source: '\n' },
    ],
    source: text.slice(pos, end),
  };
  const r = CST.resolveAsScalar(token, false, bail);
  if (!r || typeof r.value !== 'string' || r.range[1] !== end) return bail();
  return { end, value: r.value };
}

/** After the header's indicators: spaces, then a comment after a space at most. */
function headerRest(text: string, p: number, le: number): void {
  let spaced = false;
  for (let i = p; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) spaced = true;
    else if (c === 35 && spaced) return;
    else bail();
  }
}
