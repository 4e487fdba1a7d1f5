/** Apply text edits (offsets into the original text) in one pass; overlapping edits are a bug. */
import type { TextEdit } from '../types';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.offset < pos) throw new Error(`overlapping edits at ${e.offset}`);
    out += text.slice(pos, e.offset) + e.newText;
    pos = e.offset + e.length;
  }
  return out + text.slice(pos);
}
