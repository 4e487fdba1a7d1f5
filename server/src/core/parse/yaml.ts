/**
 * YAML streams → one tree per document. Each document fails on its own: a broken second
 * document keeps the first one analysed. Aliases are expanded within a budget so that an
 * alias bomb ("billion laughs") costs a bounded amount of work; texts too deep or too wide
 * (depth.ts) are refused before parsing. Documents are parsed one at a time, so a caller can
 * pause between them (parseYamlSteps).
 */
import {
  Composer,
  Parser,
  type CST,
  Schema,
  visit,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node as YNode,
  type ParsedNode,
  type Tags,
} from 'yaml';
import type { AstNode } from './tree';
import type { Finding } from '../types';
import { exceedsIndent, exceedsNesting, exceedsValues, refusal, MAX_INDENT, MAX_NESTING, MAX_VALUES } from './depth';
import { indentQuotedContinuations, toOriginal, type Insert } from './goYamlLeniency';
import { relaxFlowWhitespace } from './goYamlFlow';
import { runSteps, type Steps } from '../steps';
import { asText } from '../text/asText';
import { docEnd, fastDocument } from './cstTree';
import { scanStream } from './scanStream';
import { yamlMessage } from './yamlMessages';
import { CFN_TAGS, CFN_TOP_KEYS, CFN_YAML_TAGS, tagOffset, wrapCfnTag } from './cfnTags';

export interface ParsedYamlDoc {
  offset: number;
  length: number;
  root: AstNode | undefined;
  errors: Finding[];
  text: string;
  /** parsed from the go-yaml-lenient copy of the text (see goYamlLeniency.ts) */
  lenient?: boolean;
}

/**
 * Nodes one document may produce through alias expansion before we stop expanding. Real files
 * expand a few hundred; a "billion laughs" bomb stops here at a cost of a few milliseconds.
 */
export const ALIAS_NODE_BUDGET = 10_000;

/** `fast: false` composes every document with the library (the reference the fast path is tested against). */
export function parseYaml(text: string, { fast = true }: { fast?: boolean } = {}): ParsedYamlDoc[] {
  return runSteps(parseYamlSteps(text, fast));
}

/** parseYaml in steps: yields after each document (see steps.ts). */
export function* parseYamlSteps(text: string, fast = true): Steps<ParsedYamlDoc[]> {
  const docs = yield* parseStrictly(text, fast);
  if (!docs.some((d) => d.errors.some((e) => e.code === 'syntax'))) return docs;
  // kubectl (go-yaml) is laxer about quoted multi-line scalars and tabs inside flow collections:
  // retry the way it reads them, and keep the reading with the fewest errors
  const errorCount = (ds: ParsedYamlDoc[]) => ds.reduce((sum, d) => sum + d.errors.filter((e) => e.severity === 'error').length, 0);
  let best = docs;
  let bestErrors = errorCount(docs);
  for (const relax of [indentQuotedContinuations, relaxFlowWhitespace]) {
    const patched = relax(text);
    if (!patched) continue;
    const again = yield* parseStrictly(patched.text, fast);
    const errors = errorCount(again);
    if (errors >= bestErrors) continue;
    best = again.map((d) => remapDoc(d, patched.inserts, text));
    bestErrors = errors;
  }
  return best;
}

/** Offsets in a document parsed from the patched copy → offsets in the original text. */
function remapDoc(d: ParsedYamlDoc, inserts: Insert[], original: string): ParsedYamlDoc {
  const map = (o: number) => toOriginal(inserts, o);
  const seen = new Set<AstNode>();
  const walk = (n: AstNode | undefined, depth: number) => {
    if (!n || seen.has(n) || depth > 1000) return;
    seen.add(n);
    const start = map(n.offset);
    n.length = map(n.offset + n.length) - start;
    n.offset = start;
    if (n.colonOffset !== undefined) n.colonOffset = map(n.colonOffset);
    for (const c of n.children ?? []) walk(c, depth + 1);
  };
  walk(d.root, 0);
  const offset = map(d.offset);
  const end = map(d.offset + d.length);
  const errors = d.errors.map((e) => {
    const s = map(e.offset);
    return { ...e, offset: s, length: Math.min(Math.max(1, map(e.offset + e.length) - s), original.length - s) };
  });
  return { offset, length: end - offset, root: d.root, errors, text: original.slice(offset, end), lenient: true };
}

function* parseStrictly(text: string, fast: boolean): Steps<ParsedYamlDoc[]> {
  // the whole text as one document with one finding at the spot, when a guard (depth.ts) refuses it
  const refused = (offset: number, finding: Pick<Finding, 'severity' | 'code' | 'message'>): ParsedYamlDoc[] => [
    { offset: 0, length: text.length, root: undefined, text, errors: [{ offset, length: 1, ...finding }] },
  ];
  const deep = exceedsNesting(text);
  if (deep !== undefined) return refused(deep, { severity: 'error', code: 'syntax', message: refusal('nesting', MAX_NESTING) });
  const indented = exceedsIndent(text);
  if (indented !== undefined) return refused(indented, { severity: 'error', code: 'syntax', message: refusal('indent', MAX_INDENT) });
  const wide = exceedsValues(text, MAX_VALUES.yaml);
  if (wide !== undefined) return refused(wide, { severity: 'warning', code: 'too-large', message: refusal('values', MAX_VALUES.yaml) });
  if (!fast || hasYamlDirective(text)) return yield* composeAll(text);
  // our one-pass scanner per document (scanStream.ts), else the library's parser over the stream
  const scanned = yield* scanStream(text, CORE_SCHEMA, (token) => fastYamlDocument(token, text) ?? composeOne(token, text));
  if (scanned) return scanned;
  // the parser's documents one at a time: the plain ones straight to our tree (cstTree.ts), the
  // others composed by the library one by one; anything between documents the composer would act
  // on (a directive, `...`, an error) and the whole stream is composed as before
  const out: ParsedYamlDoc[] = [];
  for (const token of new Parser().parse(text)) {
    switch (token.type) {
      case 'document':
        out.push(fastYamlDocument(token, text) ?? composeOne(token, text));
        yield;
        break;
      case 'comment':
      case 'space':
      case 'newline':
      case 'byte-order-mark':
        break;
      case 'doc-end': {
        // `...` ends the document before it there (and only that)
        const last = out[out.length - 1];
        const end = last && docEnd(token);
        if (end === undefined) return yield* composeAll(text);
        out[out.length - 1] = withEnd(last, Math.min(end, text.length), text);
        break;
      }
      default:
        return yield* composeAll(text);
    }
  }
  return out;
}

function withEnd(d: ParsedYamlDoc, end: number, text: string): ParsedYamlDoc {
  return { ...d, length: end - d.offset, text: text.slice(d.offset, end) };
}

function fastYamlDocument(token: CST.Document, text: string): ParsedYamlDoc | undefined {
  const fast = fastDocument(token, CORE_SCHEMA);
  if (!fast) return undefined;
  const start = Math.min(fast.start, text.length);
  const end = Math.min(fast.end, text.length);
  return { offset: start, length: end - start, root: fast.root, errors: [], text: text.slice(start, end) };
}

/** One document the fast path left, composed by the library alone (nothing before it in the stream bears on it). */
function composeOne(token: CST.Document, text: string): ParsedYamlDoc {
  const [doc] = newComposer(false).compose([token]);
  return convertDocument(doc as Document.Parsed, text);
}

/** The library's composer over the whole stream, one document at a time (what parseAllDocuments does; an empty stream gives none). */
function* composeAll(text: string): Steps<ParsedYamlDoc[]> {
  const out: ParsedYamlDoc[] = [];
  for (const d of newComposer(hasYamlDirective(text)).compose(new Parser().parse(text))) {
    out.push(convertDocument(d as Document.Parsed, text));
    yield;
  }
  return out;
}

/** A `%YAML 1.1` directive asks for the 1.1 schema: only then is the schema made per document. */
function newComposer(yaml11: boolean): Composer {
  return new Composer({
    uniqueKeys: true,
    keepSourceTokens: false,
    strict: false,
    version: '1.2',
    customTags: CUSTOM_TAGS,
    ...(yaml11 ? {} : { schema: CORE_SCHEMA }),
  });
}

const CUSTOM_TAGS = (tags: Tags) => [...tags, ...CFN_YAML_TAGS];
/**
 * The YAML 1.2 core schema with the CloudFormation tags, made once: the library makes one per
 * document otherwise (its tag list rebuilt 1,777 times when the real big file opens). The
 * composer only reads it.
 */
const CORE_SCHEMA = new Schema({ resolveKnownTags: true, schema: 'core', customTags: CUSTOM_TAGS });
const YAML_DIRECTIVE = /(^|\n)%YAML/;
/** the regular expression tries every position of the text: a plain search first rules out almost every file */
const hasYamlDirective = (text: string): boolean => text.includes('%YAML') && YAML_DIRECTIVE.test(text);

function convertDocument(doc: Document.Parsed, text: string): ParsedYamlDoc {
  // the library can end a broken last document one past the text (`<<: *a{|` + newline): clamp
  const start = Math.min(doc.range[0], text.length);
  const end = Math.min(doc.range[2], text.length);
  const errors: Finding[] = [];
  for (const e of doc.errors) {
    const [a, b] = e.pos;
    // at least one character wide, but never past the end (errors at end-of-file are common)
    const offset = Math.min(a, text.length);
    errors.push({
      offset,
      length: Math.min(Math.max(1, b - a), text.length - offset),
      severity: 'error',
      code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
      message: yamlMessage(e.code, e.message),
    });
  }
  // no `*` in the document, no alias: skip the walk that finds their anchors
  const star = text.indexOf('*', start);
  const targets = star >= 0 && star < end ? aliasTargets(doc) : NO_TARGETS;
  const ctx: Ctx = { targets, budget: ALIAS_NODE_BUDGET, errors, bombReported: false, text: looksLikeTemplate(doc) ? text : undefined };
  const root = doc.contents ? convert(doc.contents as ParsedNode, undefined, ctx, 0) : undefined;
  return { offset: start, length: end - start, root, errors, text: text.slice(start, end) };
}

const NO_TARGETS: ReadonlyMap<Alias, YNode> = new Map();

interface Ctx {
  targets: ReadonlyMap<Alias, YNode>;
  budget: number;
  errors: Finding[];
  bombReported: boolean;
  /** a CloudFormation template: its short-form tags become long forms (cfnTags.ts); the text their offsets point into */
  text?: string;
}

/** A map at the top with a key only templates have: the short-form tags mean something there. */
function looksLikeTemplate(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return isMap(c) && c.items.some((p) => isScalar(p.key) && typeof p.key.value === 'string' && CFN_TOP_KEYS.has(p.key.value));
}

/**
 * Every alias → the node its anchor names (the last anchor of that name before it). One walk per
 * document: the library's own `Alias.resolve` walks the whole document on every call, which made
 * an alias bomb cost seconds.
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, YNode> {
  const anchors = new Map<string, YNode>();
  const targets = new Map<Alias, YNode>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const t = anchors.get(node.source);
        if (t) targets.set(node, t);
      } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}

function convert(n: YNode, parent: AstNode | undefined, ctx: Ctx, aliasDepth: number): AstNode | undefined {
  const tag = ctx.text !== undefined && !isAlias(n) ? n.tag : undefined;
  if (tag && CFN_TAGS.has(tag)) {
    const value = convertNode(n, parent, ctx, aliasDepth);
    const range = (n as ParsedNode).range;
    if (!value || !range) return value;
    return wrapCfnTag(tag, tagOffset(ctx.text!, tag, range[0]), value, parent, ctx.text!);
  }
  return convertNode(n, parent, ctx, aliasDepth);
}

function convertNode(n: YNode, parent: AstNode | undefined, ctx: Ctx, aliasDepth: number): AstNode | undefined {
  const range = (n as ParsedNode).range;
  if (isAlias(n)) {
    const target = ctx.targets.get(n);
    if (!target)
      return { type: 'null', offset: range?.[0] ?? 0, length: range ? range[1] - range[0] : 0, parent, value: null, alias: true };
    if (aliasDepth > 20 || ctx.budget <= 0) {
      if (!ctx.bombReported) {
        ctx.bombReported = true;
        ctx.errors.push({
          offset: range?.[0] ?? 0,
          length: range ? range[1] - range[0] : 1,
          severity: 'warning',
          code: 'yaml-alias-limit',
          message: 'Aliases here expand to too many nodes; the expansion was cut short and parts of this document are not checked.',
        });
      }
      return { type: 'null', offset: range?.[0] ?? 0, length: range ? range[1] - range[0] : 0, parent, value: null, alias: true };
    }
    const node = convert(target, parent, ctx, aliasDepth + 1);
    if (node && range) {
      node.offset = range[0];
      node.length = range[1] - range[0];
      node.alias = true;
    }
    return node;
  }
  if (aliasDepth > 0 && --ctx.budget < 0) return undefined;
  if (!range) return undefined;
  // literal objects of one shape (not spreads): this runs once per node of every keystroke
  const offset = range[0];
  const length = range[1] - range[0];
  if (isMap(n)) {
    const node: AstNode = { type: 'object', offset, length, parent, children: [] };
    for (const item of n.items) {
      if (!isPair(item)) continue;
      const k = item.key as ParsedNode | null;
      if (k && isScalar(k) && k.source === '<<' && item.value) {
        mergeInto(node, item.value as YNode, ctx, aliasDepth);
        continue;
      }
      const prop = convertPair(k, item.value as YNode | null, node, ctx, aliasDepth);
      if (prop) node.children!.push(prop);
    }
    return node;
  }
  if (isSeq(n)) {
    const node: AstNode = { type: 'array', offset, length, parent, children: [] };
    for (const item of n.items) {
      const c = item == null ? undefined : convert(item as YNode, node, ctx, aliasDepth);
      if (c) node.children!.push(c);
    }
    return node;
  }
  if (isScalar(n)) {
    const v = n.value;
    const type =
      v === null || v === undefined
        ? 'null'
        : typeof v === 'string'
          ? 'string'
          : typeof v === 'number' || typeof v === 'bigint'
            ? 'number'
            : typeof v === 'boolean'
              ? 'boolean'
              : 'string';
    return {
      type,
      offset,
      length,
      parent,
      value: typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : (v ?? null),
      source: n.source,
      plain: n.type === 'PLAIN',
    };
  }
  return undefined;
}

function convertPair(k: ParsedNode | null, v: YNode | null, parent: AstNode, ctx: Ctx, aliasDepth: number): AstNode | undefined {
  if (!k || !k.range) return undefined;
  const keyValue = isScalar(k) ? (k.value === null ? '' : asText(k.value)) : asText((k as { source?: string }).source ?? '');
  // one shape for every property node (see scanner.ts property)
  const prop: AstNode = {
    type: 'property',
    offset: k.range[0],
    length: k.range[1] - k.range[0],
    parent,
    children: undefined,
    colonOffset: k.range[1],
  };
  const keyNode: AstNode = { type: 'string', offset: k.range[0], length: k.range[1] - k.range[0], parent: prop, value: keyValue };
  prop.children = [keyNode];
  if (v) {
    const value = convert(v, prop, ctx, aliasDepth);
    const vr = (v as ParsedNode).range;
    // a key with nothing after the colon parses as a null scalar at the key's end: keep it, it has a real position
    if (value) {
      prop.children = [keyNode, value];
      if (vr && !value.alias) prop.length = Math.max(prop.length, vr[1] - prop.offset);
      else if (value.alias) prop.length = Math.max(prop.length, value.offset + value.length - prop.offset);
    }
  }
  return prop;
}

/** `<<: *base` merge keys (YAML 1.1, used by kubectl): copy keys not already present. */
function mergeInto(target: AstNode, src: YNode, ctx: Ctx, aliasDepth: number): void {
  const sources = isSeq(src) ? src.items : [src];
  for (const s of sources) {
    const m = convert(s as YNode, target, ctx, aliasDepth);
    if (!m || m.type !== 'object') continue;
    for (const p of m.children ?? []) {
      const key = p.children?.[0]?.value;
      if (!target.children!.some((q) => q.children?.[0]?.value === key)) {
        p.parent = target;
        target.children!.push(p);
      }
    }
  }
}
