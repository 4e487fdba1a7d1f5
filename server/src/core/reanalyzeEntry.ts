/**
 * Incremental re-analysis of a large single-document YAML file (a CloudFormation template, a big
 * values file) after an edit inside one entry of a top-level block mapping — one resource under
 * `Resources:`. Only that entry and the one after it (to check that the edit did not run past its
 * end) are parsed again, behind the top-level key's own line so the template's short-form tags
 * read as they do in the whole file; the rest of the tree is kept, later nodes shifted. A keystroke
 * in a 5,000-line template then costs one resource's parse. Anything not plainly local (the key
 * lines, anchors and aliases, merge keys, syntax errors, a guard of the whole-file parse) returns
 * undefined: the caller parses the whole file.
 */
import { parseYaml } from './parse/yaml';
import { countSeparators, exceedsValues, MAX_VALUES } from './parse/depth';
import { CFN_TOP_KEYS } from './parse/cfnTags';
import { propertyKey, propertyValue, toValue, type AstNode } from './parse/tree';
import { LineIndex } from './parse/lineIndex';
import { yamlDocUnit } from './analyze';
import { changedRange, shiftTree } from './reanalyze';
import type { SourceFile } from './types';

/** below this size a whole parse costs about as much as the bookkeeping */
const MIN_CHARS = 20_000;

/**
 * an anchor or alias (`&a`, `*a`) where a node may start (a line's start, after `: `, `- `, `? `,
 * a flow bracket or comma, a tag), a merge key, a document marker or directive; not the `*` of `cron(0 * * * ? *)`
 */
const TIED = /(?:^[ \t]*(?:[?-][ \t]+)*|[:-][ \t]+|[[{,][ \t]*|![^\s]*[ \t]+)[&*][^\s,[\]{}]|<<[ \t]*:|^(?:---|\.\.\.|%)/m;

/** Files whose tree was shifted into a newer file: their nodes no longer match their text. */
const superseded = new WeakSet<SourceFile>();

export function reanalyzeYamlEntry(old: SourceFile, text: string, version: number, maxFileSize: number): SourceFile | undefined {
  if (superseded.has(old) || old.language !== 'yaml' || old.tooLarge || old.docs.length !== 1) return undefined;
  if (text.length < MIN_CHARS || text.length > maxFileSize) return undefined;
  const doc = old.docs[0];
  const root = doc.root;
  if (!root || root.type !== 'object' || doc.lenient || doc.templated || doc.syntaxErrors.length || doc.offset !== 0) return undefined;
  const a = old.text;
  const { start, oldEnd, newEnd } = changedRange(a, text);
  const delta = text.length - a.length;
  const at = entryAt(a, root, start, oldEnd);
  if (!at) return undefined;
  const { top, entry, next, chunkStart, chunkEnd } = at;
  // anchors, aliases and merge keys tie the entry to the rest of the file; markers and directives split it
  const edited = text.slice(chunkStart, chunkEnd + delta);
  if (TIED.test(edited) || TIED.test(a.slice(chunkStart, chunkEnd)) || /(^|\n)%/.test(a.slice(0, root.children![0].offset)))
    return undefined;
  // the whole-file parse's guards (depth.ts): nesting and indentation are local to the entry, and
  // the small parse checks them there; the count of values is the file's, counted again only when it grew
  if (
    countSeparators(text, chunkStart, chunkEnd + delta) > countSeparators(a, chunkStart, chunkEnd) &&
    exceedsValues(text, MAX_VALUES.yaml) !== undefined
  )
    return undefined;

  // the top-level key's line, then the edited entry and the next one, as one small document
  const topLineEnd = a.indexOf('\n', top.offset);
  const head = a.slice(lineStart(a, top.offset), topLineEnd + 1);
  const parsed = parseYaml(head + edited);
  if (parsed.length !== 1 || parsed[0].lenient || parsed[0].errors.length) return undefined;
  const pRoot = parsed[0].root;
  const pTop = pRoot?.type === 'object' && pRoot.children?.length === 1 ? pRoot.children[0] : undefined;
  const pMap = pTop?.children?.[1];
  if (!pTop || propertyKey(pTop) !== propertyKey(top) || pMap?.type !== 'object') return undefined;
  const items = pMap.children ?? [];
  if (items.length !== (next ? 2 : 1) || propertyKey(items[0]) !== propertyKey(entry)) return undefined;
  // the short-form tags read as long forms only in a template: the small document must agree with the file
  if (CFN_TOP_KEYS.has(propertyKey(top) ?? '') !== isTemplate(root)) return undefined;
  const by = chunkStart - head.length;
  if (next) {
    // the next entry must come out where it was, the same length: the edit stayed inside its entry
    const n = items[1];
    if (propertyKey(n) !== propertyKey(next) || n.offset + by !== next.offset + delta || n.length !== next.length) return undefined;
  }
  const fresh = items[0];
  shiftTree(fresh, by);
  if (fresh.offset !== entry.offset || fresh.offset + fresh.length > (next ? next.offset + delta : chunkEnd + delta)) return undefined;

  // splice: the new entry in place of the old one; every node after the edit moves by delta
  superseded.add(old);
  const parent = entry.parent!;
  fresh.parent = parent;
  parent.children![parent.children!.indexOf(entry)] = fresh;
  if (delta !== 0) shiftAfter(root, oldEnd, delta, fresh);
  const value = splicedValue(doc.value, root, top, fresh) ?? toValue(root);
  const unit = yamlDocUnit({ offset: 0, length: doc.length + delta, root, errors: [], text }, 0, old.uri, value);
  return {
    uri: old.uri,
    version,
    text,
    language: 'yaml',
    lines: LineIndex.afterEdit(old.lines, text, start, oldEnd, newEnd),
    docs: [unit],
  };
}

/**
 * The document's value with the one entry's value made again (what `toValue(root)` gives, without
 * converting the 5,000 other lines): only when the top-level key and the entry's key are each
 * written once (a duplicate's value is the last one's) and are plain keys. Undefined otherwise.
 */
function splicedValue(old: unknown, root: AstNode, top: AstNode, entry: AstNode): unknown {
  const topKey = propertyKey(top);
  const key = propertyKey(entry);
  if (topKey === undefined || key === undefined || topKey === '__proto__' || key === '__proto__') return undefined;
  if (!isPlainObject(old) || !isPlainObject(old[topKey])) return undefined;
  if (!once(root, topKey) || !once(entry.parent!, key)) return undefined;
  return { ...old, [topKey]: { ...old[topKey], [key]: toValue(propertyValue(entry), 2) } };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function once(map: AstNode, key: string): boolean {
  let n = 0;
  for (const p of map.children ?? []) if (propertyKey(p) === key && ++n > 1) return false;
  return n === 1;
}

interface EntryAt {
  /** the top-level property (`Resources`) */
  top: AstNode;
  /** the property inside its block mapping that holds the edit */
  entry: AstNode;
  /** the property after it, if any */
  next?: AstNode;
  /** from the entry's line start to the next entry's end (or the end of the mapping) */
  chunkStart: number;
  chunkEnd: number;
}

/** The second-level entry whose lines (after its key's own line) hold [start, end), with its neighbours. */
function entryAt(text: string, root: AstNode, start: number, end: number): EntryAt | undefined {
  const tops = root.children ?? [];
  const ti = lastAtOrBefore(tops, start);
  const top = tops[ti];
  const map = top?.children?.[1];
  if (!top || top.offset !== lineStart(text, top.offset) || map?.type !== 'object') return undefined;
  // a block mapping on the lines after the key (not `Resources: {…}`)
  if (text.lastIndexOf('\n', map.offset) < top.offset || text[map.offset] === '{') return undefined;
  const entries = map.children ?? [];
  const i = lastAtOrBefore(entries, start);
  const entry = entries[i];
  if (!entry || entry.children?.[0]?.type !== 'string') return undefined;
  const chunkStart = lineStart(text, entry.offset);
  // the entry's key alone at the start of its line, indented
  if (!/^ +$/.test(text.slice(chunkStart, entry.offset))) return undefined;
  const keyLineEnd = text.indexOf('\n', entry.offset);
  if (keyLineEnd < 0 || start <= keyLineEnd) return undefined;
  const next = entries[i + 1];
  const after = entries[i + 2];
  // the edit ends before the next entry's line
  const limit = next ? lineStart(text, next.offset) : lineAfter(text, map.offset + map.length);
  if (end >= limit) return undefined;
  if (next && (next.children?.[0]?.type !== 'string' || !/^ +$/.test(text.slice(lineStart(text, next.offset), next.offset))))
    return undefined;
  const chunkEnd = after ? lineStart(text, after.offset) : lineAfter(text, map.offset + map.length);
  // the mapping must end where the file's next top-level key starts (no trailing comment lines to misplace)
  if (!after && tops[ti + 1] && chunkEnd > tops[ti + 1].offset) return undefined;
  return { top, entry, next, chunkStart, chunkEnd };
}

function isTemplate(root: AstNode): boolean {
  return (root.children ?? []).some((p) => CFN_TOP_KEYS.has(propertyKey(p) ?? ''));
}

/** the index of the last node starting at or before `offset` (binary search; -1 when none) */
function lastAtOrBefore(nodes: readonly AstNode[], offset: number): number {
  let lo = 0;
  let hi = nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
/** the start of the line after the one holding `offset` (the text's end when it is the last) */
function lineAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(0, offset - 1));
  return nl < 0 ? text.length : nl + 1;
}

/** Nodes starting at or after `from` move by `delta`; nodes around it grow by `delta`. `skip` is already placed. */
function shiftAfter(root: AstNode, from: number, delta: number, skip: AstNode): void {
  const stack: AstNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === skip) continue;
    if (n.offset >= from) {
      shiftTree(n, delta);
      continue;
    }
    if (n.offset + n.length < from) continue;
    n.length += delta;
    if (n.colonOffset !== undefined && n.colonOffset >= from) n.colonOffset += delta;
    if (n.children) for (const c of n.children) stack.push(c);
  }
}
