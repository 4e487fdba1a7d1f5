/**
 * go-yaml (used by kubectl) accepts a multi-line quoted scalar whose continuation lines are not
 * indented past its key; the `yaml` package calls that a syntax error. To agree with kubectl we
 * indent such lines in a copy of the text, parse the copy, and map offsets back to the original.
 * Folding drops a continuation line's leading spaces, so the values come out the same.
 */

/** Spaces inserted into the original text: `len` spaces before original offset `at`; sorted by `at`. */
export interface Insert {
  at: number;
  len: number;
}
export interface Patched {
  text: string;
  inserts: Insert[];
}

/** A copy with quoted-scalar continuation lines indented, or undefined when nothing needs it. */
export function indentQuotedContinuations(text: string): Patched | undefined {
  const inserts: Insert[] = [];
  const n = text.length;
  let i = 0;
  let blockParent = -1; // inside a block scalar (| or >) whose parent sits at this column
  while (i < n) {
    const lineStart = i;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = n;
    let j = i;
    while (j < lineEnd && text[j] === ' ') j++;
    const indent = j - lineStart;
    const blank = /^\s*$/.test(text.slice(j, lineEnd));
    if (blockParent >= 0) {
      if (blank || indent > blockParent) {
        i = lineEnd + 1;
        continue;
      }
      blockParent = -1;
    }
    // the column where this line's node starts, after any "- " sequence markers
    let k = j;
    let lastDash = -1;
    while (text[k] === '-' && (text[k + 1] === ' ' || text[k + 1] === '\t')) {
      lastDash = k - lineStart;
      k += 2;
      while (text[k] === ' ') k++;
    }
    const keyCol = k - lineStart;
    let p = j;
    let prev = ''; // last non-space character before p on this line
    let closedOnOtherLine = false;
    while (p < n && text[p] !== '\n') {
      const c = text[p];
      if (c === '#' && (p === lineStart || /\s/.test(text[p - 1]))) {
        while (p < n && text[p] !== '\n') p++;
        break;
      }
      const starts = (c === '"' || c === "'") && (prev === '' || ':-?[{,'.includes(prev)) && (p === j || /[\s[{,]/.test(text[p - 1]));
      if (!starts) {
        if (!/\s/.test(c)) prev = c;
        p++;
        continue;
      }
      const end = scanQuoted(text, p, keyCol + 1, inserts);
      if (end < 0) return finish(text, inserts); // unterminated: leave the rest to the parser's error
      if (text.lastIndexOf('\n', end) > p) closedOnOtherLine = true;
      p = end + 1;
      prev = c;
    }
    if (!closedOnOtherLine) {
      const content = text
        .slice(j, p)
        .replace(/\s+#.*$/, '')
        .trimEnd();
      if (/(^|[:\s-])[|>][-+0-9]*$/.test(content) && !/^["']/.test(content.slice(-1))) {
        blockParent = /^(- +)+[|>]/.test(text.slice(j, p)) ? lastDash : keyCol;
      }
    }
    i = p + 1;
  }
  return finish(text, inserts);
}

/** From the opening quote at `start` to its closing quote; records padding for short continuation lines. */
function scanQuoted(text: string, start: number, minIndent: number, inserts: Insert[]): number {
  const quote = text[start];
  let q = start + 1;
  while (q < text.length) {
    const ch = text[q];
    if (quote === '"' && ch === '\\') {
      q += 2;
      continue;
    }
    if (ch === quote) {
      if (quote === "'" && text[q + 1] === "'") {
        q += 2;
        continue;
      }
      return q;
    }
    if (ch === '\n') {
      const s = q + 1;
      let sp = 0;
      while (text[s + sp] === ' ') sp++;
      const next = text[s + sp];
      const blank = next === undefined || next === '\n' || next === '\r';
      if (!blank && sp < minIndent) inserts.push({ at: s, len: minIndent - sp });
    }
    q++;
  }
  return -1;
}

function finish(text: string, inserts: Insert[]): Patched | undefined {
  if (!inserts.length) return undefined;
  let out = '';
  let last = 0;
  for (const ins of inserts) {
    out += text.slice(last, ins.at) + ' '.repeat(ins.len);
    last = ins.at;
  }
  return { text: out + text.slice(last), inserts };
}

/** Offset in the patched text → offset in the original (inside inserted spaces: the insertion point). */
export function toOriginal(inserts: Insert[], patchedOffset: number): number {
  let shift = 0;
  for (const ins of inserts) {
    const startInPatched = ins.at + shift;
    if (patchedOffset < startInPatched) break;
    if (patchedOffset < startInPatched + ins.len) return ins.at;
    shift += ins.len;
  }
  return patchedOffset - shift;
}
