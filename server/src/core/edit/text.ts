/** Small text facts edits need: line starts, indentation, the file's indent unit. */

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** end of the line holding offset (position of its '\n', or the text end) */
export function lineEndOf(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

/** leading whitespace of the line holding offset */
export function lineIndent(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t]*/.exec(text.slice(start, start + 400))![0];
}

/** column of offset on its line */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** true when only spaces/tabs (and YAML sequence dashes when allowDash) precede offset on its line */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/** the indent step the file uses (smallest non-zero indentation), two spaces when none is found */
export function indentUnit(text: string): string {
  let best: string | undefined;
  const re = /\n([ \t]+)\S/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(text)) && n++ < 200) {
    if (m[1].startsWith('\t')) return '\t';
    if (!best || m[1].length < best.length) best = m[1];
  }
  return best ?? '  ';
}

/** end offset of a node */
export const endOf = (n: { offset: number; length: number }): number => n.offset + n.length;
