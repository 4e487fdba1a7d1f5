/**
 * Cheap scans that refuse pathological input before a parser sees it.
 * Nesting: both parsers recurse per level, so a 100,000-deep `[[[[…` would overflow the stack
 * (YAML block nesting shows as indentation instead).
 * Breadth: the YAML library costs about 2 KB of memory and several microseconds per value, so a
 * 1,000,000-element flow sequence would take seconds and gigabytes. Both scans are linear and
 * allocation-free.
 */
export const MAX_NESTING = 512;

/** YAML block nesting shows as indentation: no real file indents a line this far */
export const MAX_INDENT = 1000;

/** Most separators (line breaks and commas) a document may hold before we skip it, per language. */
export const MAX_VALUES = { yaml: 100_000, json: 500_000 } as const;

export function exceedsNesting(text: string, limit = MAX_NESTING): number | undefined {
  return scanNesting(text, limit).at;
}

/**
 * The deepest the scan of exceedsNesting goes, and where it passed `limit` if it did. The
 * incremental re-parse keeps it per file: typing characters the scan ignores leaves it as it was.
 */
export function scanNesting(text: string, limit = MAX_NESTING): { at?: number; max: number } {
  // Nothing nests before the first bracket. Start at its line (a string ends at a line break
  // here), found with indexOf.
  const brace = text.indexOf('{');
  const bracket = text.indexOf('[');
  const first = brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
  if (first < 0) return { max: 0 };
  let depth = 0;
  let max = 0;
  // from one character that matters to the next with a regular expression, not character by
  // character: a big manifest is a megabyte of text with a few thousand of them (3x faster)
  const outside = /["{}[\]]/g;
  const inside = /[\\"\n]/g;
  let i = text.lastIndexOf('\n', first) + 1;
  for (;;) {
    outside.lastIndex = i;
    if (!outside.test(text)) break;
    i = outside.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // a string: to its closing quote, an escape skipping the next character; an unterminated
      // string ends at the line for this estimate
      let j = i + 1;
      for (;;) {
        inside.lastIndex = j;
        if (!inside.test(text)) return { max };
        j = inside.lastIndex - 1;
        if (text.charCodeAt(j) !== 92) break;
        j += 2;
      }
      i = j + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      if (++depth > limit) return { at: i, max: depth };
      if (depth > max) max = depth;
    } else if (depth > 0) depth--;
    i++;
  }
  return { max };
}

/** Line breaks and commas in text[from, to): what exceedsValues counts. */
export function countSeparators(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf(',', from); i >= 0 && i < to; i = text.indexOf(',', i + 1)) n++;
  return n;
}

/**
 * Offset of the separator that takes the count of line breaks and commas past `limit`, or
 * undefined. In real files values and separators come in about equal numbers, so this tracks the
 * parser's work; a string full of commas only makes us cautious, never slow.
 */
export function exceedsValues(text: string, limit: number): number | undefined {
  if (text.length <= limit) return undefined;
  // counted with indexOf first (fast); the offset is looked for only when the limit is passed
  let total = 0;
  for (let i = text.indexOf('\n'); i >= 0 && total <= limit; i = text.indexOf('\n', i + 1)) total++;
  for (let i = text.indexOf(','); i >= 0 && total <= limit; i = text.indexOf(',', i + 1)) total++;
  if (total <= limit) return undefined;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 44) && ++count > limit) return i;
  }
  return undefined;
}

/** Offset of the first line indented more than `limit` spaces, or undefined. */
export function exceedsIndent(text: string, limit = MAX_INDENT): number | undefined {
  // each line's leading spaces, then on to the next line with indexOf (the rest of a line is not read)
  for (let s = 0; s < text.length;) {
    let i = s;
    while (text.charCodeAt(i) === 32) {
      if (i - s >= limit) return i;
      i++;
    }
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    s = nl + 1;
  }
  return undefined;
}

/** The message for a document refused by one of the scans above. */
export function refusal(kind: 'nesting' | 'indent' | 'values', limit: number): string {
  if (kind === 'nesting') return `Nesting is deeper than ${limit} levels; the file is not analysed.`;
  if (kind === 'indent') return `A line is indented more than ${limit} columns; the file is not analysed.`;
  return `This document has more than ${limit.toLocaleString('en-US')} lines or list items; it is not analysed. Split it into smaller files.`;
}
