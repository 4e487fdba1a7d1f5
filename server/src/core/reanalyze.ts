/**
 * Incremental re-analysis of a multi-document YAML file after an edit: only the document the
 * edit falls in is parsed again (with the next one, to check the split); the others are kept (their nodes shifted when the edit changed
 * the length). A keystroke in a 10,000-line manifest then costs one document's parse, not the
 * file's. Any case that is not plainly local (document markers or directives touched, syntax
 * errors around, a different document count) returns undefined: the caller parses the whole file.
 */
import { parseYaml } from './parse/yaml';
import { countSeparators, scanNesting, MAX_NESTING, MAX_VALUES } from './parse/depth';
import type { AstNode } from './parse/tree';
import { LineIndex } from './parse/lineIndex';
import { yamlDocUnit } from './analyze';
import type { DocUnit, Finding, SourceFile } from './types';

/** below this many documents a full parse is as cheap as the bookkeeping */
const MIN_DOCS = 3;

/** Files whose kept documents were shifted into a newer file: their trees no longer match their text. */
const superseded = new WeakSet<SourceFile>();

/** [start, oldEnd) of the old text became [start, newEnd) of the new one (it may cover more than changed) */
export interface EditSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** `edit`: where the editor says the edit fell; without it (or when it does not fit the texts) the texts are compared */
export function reanalyzeYaml(
  old: SourceFile,
  text: string,
  version: number,
  maxFileSize: number,
  edit?: EditSpan,
): SourceFile | undefined {
  if (superseded.has(old)) return undefined;
  if (old.language !== 'yaml' || old.tooLarge || text.length > maxFileSize || old.docs.length < MIN_DOCS) return undefined;
  if (old.text.charCodeAt(0) === 0xfeff || text.charCodeAt(0) === 0xfeff) return undefined;
  // directives (`%YAML 1.1`) change how every later document reads
  const was = guardsOf(old);
  if (was.directives) return undefined;
  // the old parse must be clean and strict: otherwise the whole-file parse may take another path (leniency retry)
  if (!isClean(old)) return undefined;

  const a = old.text;
  const { start, oldEnd, newEnd } = edit && fits(edit, a, text) ? edit : changedRange(a, text);
  // the whole-text refusals of parseYaml (nesting, size) are decided on the whole text
  const now = guardsAfter(was, a, text, start, oldEnd, newEnd);
  if (now.nesting > MAX_NESTING || now.separators > MAX_VALUES.yaml) return undefined;
  const delta = text.length - a.length;
  // the document whose slot [offset, next document's offset) holds the whole change
  const k = slotOf(old.docs, start, oldEnd, a.length);
  if (k === undefined) return undefined;
  const doc = old.docs[k];
  const slotStart = doc.offset;
  const slotEnd = k + 1 < old.docs.length ? old.docs[k + 1].offset : a.length;
  // an edit on the first line of a slot could touch its `---`; one that writes a marker or
  // directive anywhere could split or join documents
  if (touchesMarker(a, start, oldEnd, slotStart) || touchesMarker(text, start, newEnd, slotStart)) return undefined;

  // The edited document is parsed together with the next one: the stream must still split where
  // it did (an edit can leave a quote or bracket that runs on past the next `---`).
  const hasNext = k + 1 < old.docs.length;
  const nextEnd = k + 2 < old.docs.length ? old.docs[k + 2].offset : a.length;
  const spanEnd = (hasNext ? nextEnd : slotEnd) + delta;
  const span = text.slice(slotStart, spanEnd);
  const parsed = parseYaml(span);
  const newSlotLength = slotEnd + delta - slotStart;
  if (parsed.length !== (hasNext ? 2 : 1) || parsed[0].offset !== 0) return undefined;
  // the next document must start at its `---` and end where it did. A document that ends in an
  // empty value (`data:`) ends before its line break, so a slot can be one character longer than
  // its document: real files have many, and each keystroke next to one parsed the whole file.
  if (hasNext && (parsed[1].offset !== newSlotLength || parsed[1].length !== old.docs[k + 1].length || parsed[0].length > newSlotLength))
    return undefined;
  if (parsed.some((p) => p.lenient || p.errors.some((e) => e.code === 'syntax'))) return undefined;
  // The next document's text is untouched (the whole change is in slot k) and it parsed the same
  // way, so the old one is kept, moved: a new object would make every cache keyed by it (its
  // findings, its kind's name tables) start again on each keystroke.
  const p = parsed[0];
  shiftTree(p.root, slotStart);
  const fresh = yamlDocUnit({ ...p, offset: slotStart, errors: p.errors.map((e) => shiftFinding(e, slotStart)) }, k, old.uri);

  if (delta !== 0 && hasNext) superseded.add(old);
  // a copy with the re-parsed document in place; the later ones moved when the length changed
  const docs: DocUnit[] = old.docs.slice();
  docs[k] = fresh;
  if (delta !== 0) for (let i = k + 1; i < docs.length; i++) shiftDoc(docs[i], delta);
  const file: SourceFile = {
    uri: old.uri,
    version,
    text,
    language: 'yaml',
    lines: LineIndex.afterEdit(old.lines, text, start, oldEnd, newEnd),
    docs,
  };
  guards.set(file, now);
  // its kept documents were clean and its re-parsed ones are: the next keystroke need not look at all of them again
  clean.add(file);
  return file;
}

/** Files known to have no lenient document and no syntax error (every file this module made). */
const clean = new WeakSet<SourceFile>();

function isClean(file: SourceFile): boolean {
  if (clean.has(file)) return true;
  if (file.docs.some((d) => d.lenient || d.syntaxErrors.some((e) => e.code === 'syntax'))) return false;
  clean.add(file);
  return true;
}

/**
 * What parseYaml's whole-text scans found, per file: the deepest bracket nesting, the count of
 * line breaks and commas, whether a directive is there. Kept across edits (the edited range
 * is counted again; the nesting scan runs again only when the edit has a character it reads),
 * so a keystroke does not scan a 50,000-line text three times.
 */
interface Guards {
  nesting: number;
  separators: number;
  directives: boolean;
}
const guards = new WeakMap<SourceFile, Guards>();

function guardsOf(file: SourceFile): Guards {
  let g = guards.get(file);
  if (!g) {
    g = { nesting: scanNesting(file.text).max, separators: countSeparators(file.text), directives: /(^|\n)%/.test(file.text) };
    guards.set(file, g);
  }
  return g;
}

/** the characters the nesting scan (depth.ts) reacts to */
const NESTING_CHARS = /["\\\n[\]{}]/;

function guardsAfter(g: Guards, a: string, b: string, start: number, oldEnd: number, newEnd: number): Guards {
  const separators = g.separators - countSeparators(a, start, oldEnd) + countSeparators(b, start, newEnd);
  // a backslash before the edit could make the scan skip another character
  const same = a.charCodeAt(start - 1) !== 92 && !NESTING_CHARS.test(a.slice(start, oldEnd)) && !NESTING_CHARS.test(b.slice(start, newEnd));
  // directives: an edit that writes one is refused by touchesMarker
  return { nesting: same ? g.nesting : scanNesting(b).max, separators, directives: false };
}

function fits(s: EditSpan, a: string, b: string): boolean {
  return s.start >= 0 && s.start <= s.oldEnd && s.start <= s.newEnd && s.oldEnd <= a.length && a.length - s.oldEnd === b.length - s.newEnd;
}

/** [start, oldEnd) in the old text became [start, newEnd) in the new one */
export function changedRange(a: string, b: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(a.length, b.length);
  // whole chunks first (a substring compare is a memcmp), then characters
  let start = 0;
  while (start + CHUNK <= max && a.slice(start, start + CHUNK) === b.slice(start, start + CHUNK)) start += CHUNK;
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let ea = a.length;
  let eb = b.length;
  while (ea - CHUNK >= start && eb - CHUNK >= start && a.slice(ea - CHUNK, ea) === b.slice(eb - CHUNK, eb)) {
    ea -= CHUNK;
    eb -= CHUNK;
  }
  while (ea > start && eb > start && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  return { start, oldEnd: ea, newEnd: eb };
}
const CHUNK = 512;

function slotOf(docs: DocUnit[], start: number, end: number, textLength: number): number | undefined {
  if (start < docs[0].offset) return undefined;
  // binary search: the last document starting at or before `start`
  let lo = 0;
  let hi = docs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (docs[mid].offset <= start) lo = mid;
    else hi = mid - 1;
  }
  const slotEnd = lo + 1 < docs.length ? docs[lo + 1].offset : textLength;
  return end <= slotEnd ? lo : undefined;
}

/** Does [from, to) lie on the slot's first line, or hold a line that starts with `---`, `...` or `%`? */
function touchesMarker(text: string, from: number, to: number, slotStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (lineStart <= slotStart) return true;
  const nl = text.indexOf('\n', to);
  const region = text.slice(lineStart, nl < 0 ? text.length : nl);
  return /(^|\n)(---|\.\.\.|%)/.test(region);
}

/** Every node of `root`'s tree moves by `by` characters (reanalyzeEntry.ts moves re-parsed entries with it too). */
export function shiftTree(root: AstNode | undefined, by: number): void {
  if (root && by !== 0) shiftNode(root, by, 0);
}

/**
 * Recursion with an indexed loop: about three times the speed of a stack of nodes, and it runs
 * over every node after a keystroke near the top of a big file. Converted trees share no nodes
 * (aliases are expanded into copies), so a plain walk suffices; below SHIFT_DEPTH (alias
 * expansions can nest deep) it goes on with a stack.
 */
function shiftNode(n: AstNode, by: number, depth: number): void {
  n.offset += by;
  if (n.colonOffset !== undefined) n.colonOffset += by;
  const kids = n.children;
  if (kids === undefined) return;
  if (depth < SHIFT_DEPTH) for (let i = 0; i < kids.length; i++) shiftNode(kids[i], by, depth + 1);
  else for (let i = 0; i < kids.length; i++) shiftDeep(kids[i], by);
}
const SHIFT_DEPTH = 200;

function shiftDeep(root: AstNode, by: number): void {
  const stack: AstNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    n.offset += by;
    if (n.colonOffset !== undefined) n.colonOffset += by;
    if (n.children) for (const c of n.children) stack.push(c);
  }
}

export function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const moved = { ...f, offset: f.offset + by };
  if (f.fixes) moved.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, offset: e.offset + by })) }));
  return moved;
}

/** Move a kept document by `by` characters. Its nodes are updated in place (the old SourceFile is dropped). */
function shiftDoc(d: DocUnit, by: number): void {
  shiftTree(d.root, by);
  d.offset += by;
  if (d.syntaxErrors.length) d.syntaxErrors = d.syntaxErrors.map((e) => shiftFinding(e, by));
}
