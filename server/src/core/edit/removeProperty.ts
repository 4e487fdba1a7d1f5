/**
 * Remove property nodes from one object, commas included, leaving valid JSON (or YAML).
 * Several properties of the same object are removed together so the edits never overlap.
 */
import type { AstNode } from '../parse/tree';
import type { SourceFile, TextEdit } from '../types';
import { endOf, lineEndOf, lineStartOf, startsLine } from './text';

export function removeProperties(file: Pick<SourceFile, 'text' | 'language'>, obj: AstNode, remove: readonly AstNode[]): TextEdit[] {
  const { text, language } = file;
  const kids = obj.children ?? [];
  const gone = new Set(remove.filter((p) => kids.includes(p)));
  if (gone.size === 0) return [];
  const flow = language === 'json' || text[obj.offset] === '{';
  if (gone.size === kids.length) {
    if (flow) return [{ offset: obj.offset + 1, length: obj.length - 2, newText: '' }];
    // YAML block map: it becomes an empty flow map where its first key was
    const first = kids[0];
    return [{ offset: first.offset, length: trimmedEnd(text, kids[kids.length - 1]) - first.offset, newText: '{}' }];
  }
  return flow ? flowEdits(kids, gone) : blockEdits(text, kids, gone);
}

export function removeProperty(file: Pick<SourceFile, 'text' | 'language'>, prop: AstNode): TextEdit[] {
  return prop.parent ? removeProperties(file, prop.parent, [prop]) : [];
}

/** JSON or YAML flow map: `a, b, c` — a removed item takes its leading comma (or, when first, its trailing one) */
function flowEdits(kids: AstNode[], gone: Set<AstNode>): TextEdit[] {
  const edits: TextEdit[] = [];
  let i = 0;
  // a leading run of removed items: delete up to the first kept item
  while (i < kids.length && gone.has(kids[i])) i++;
  if (i > 0) edits.push({ offset: kids[0].offset, length: kids[i].offset - kids[0].offset, newText: '' });
  for (; i < kids.length; i++) {
    if (!gone.has(kids[i])) continue;
    const from = endOf(kids[i - 1]);
    edits.push({ offset: from, length: endOf(kids[i]) - from, newText: '' });
  }
  return merge(edits);
}

/** YAML block map: whole lines go; a key sharing its line with a `- ` dash hands the line to its next sibling */
function blockEdits(text: string, kids: AstNode[], gone: Set<AstNode>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 0; i < kids.length; i++) {
    const p = kids[i];
    if (!gone.has(p)) continue;
    if (startsLine(text, p.offset)) {
      const start = lineStartOf(text, p.offset);
      edits.push({ offset: start, length: blockEnd(text, p) - start, newText: '' });
    } else {
      // `- name: x` with `name` removed: the next kept sibling moves up onto the dash line
      let j = i + 1;
      while (j < kids.length && gone.has(kids[j])) j++;
      const next = kids[j];
      edits.push({ offset: p.offset, length: next.offset - p.offset, newText: '' });
      for (let k = i + 1; k < j; k++) gone.delete(kids[k]);
      i = j - 1;
    }
  }
  return merge(edits);
}

/** end of a property without trailing blank space */
function trimmedEnd(text: string, p: AstNode): number {
  let end = endOf(p);
  while (end > p.offset && /\s/.test(text[end - 1])) end--;
  return end;
}

/** offset just past the newline that ends a property's last line */
function blockEnd(text: string, p: AstNode): number {
  const end = lineEndOf(text, trimmedEnd(text, p));
  return end < text.length ? end + 1 : end;
}

function merge(edits: TextEdit[]): TextEdit[] {
  edits.sort((a, b) => a.offset - b.offset);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && last.offset + last.length >= e.offset) last.length = Math.max(last.length, e.offset + e.length - last.offset);
    else out.push({ ...e });
  }
  return out;
}
