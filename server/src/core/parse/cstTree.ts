/**
 * The fast path of the YAML parse: one document's CST (the `yaml` library's parser tokens) straight
 * to our tree, without the library's Document and node objects, which cost as much as the parse
 * itself on a big file and leave as much garbage. It follows the library's composer step by step
 * (compose-doc, resolve-block-map, resolve-block-seq, resolve-props, resolve-end) for the plain
 * documents almost every manifest is made of: block maps and sequences, scalars of every style,
 * flow collections of scalars. Anything else, and anything the composer would report (an error, a duplicate
 * key, a tab, a comment stuck to a token, a multi-line key), gives `undefined`: the caller then
 * composes that document with the library as before, so findings never depend on this path.
 * Scalars are resolved by the library's own functions (`CST.resolveAsScalar`, the schema's tags).
 */
import { CST, Scalar, isScalar, type Schema, type ScalarTag } from 'yaml';
import type { AstNode } from './tree';
import { asText } from '../text/asText';
import { fitted } from './fitted';
import { MapKeys } from './mapKeys';

/** The document's tree and range, as `convertDocument` gives them for a document without errors. */
export interface FastDocument {
  start: number;
  end: number;
  root: AstNode;
}

type Item = CST.BlockMap['items'][number];

/** Thrown where the composer would do something this path does not: the document is composed instead. */
class Bail extends Error {}
const BAIL = new Bail();
const bail = (): never => {
  throw BAIL;
};

/** What resolve-props gives, for the token kinds this path lets through. */
interface Props {
  found: boolean;
  /** in a flow collection: a comma before the item */
  comma: boolean;
  hasNewline: boolean;
  comment: boolean;
  end: number;
}

export function fastDocument(doc: CST.Document, schema: Schema): FastDocument | undefined {
  try {
    return new Builder(schema).document(doc);
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

/** Where the composer ends a document followed by `...`, or undefined where it would report an error. */
export function docEnd(token: CST.DocumentEnd): number | undefined {
  let end = token.offset + token.source.length;
  for (const t of token.end ?? []) {
    if (t.type !== 'space' && t.type !== 'comment' && t.type !== 'newline') return undefined;
    end += t.source.length;
  }
  return end;
}

class Builder {
  /** where the node built last starts (scalars), ends its value, and ends with its trailing comments (range[2]) */
  private start = 0;
  private valueEnd = 0;
  private nodeEnd = 0;
  /** the scalar resolved last: its text (the composer's `source`) and whether it was plain */
  private source = '';
  private plain = false;

  constructor(private readonly schema: Schema) {}

  document({ offset, start, value, end }: CST.Document): FastDocument {
    const props = this.props(start, 'doc-start', offset, true);
    if (props.found && value && (value.type === 'block-map' || value.type === 'block-seq') && !props.hasNewline) bail();
    const root = value ? this.node(value, undefined) : this.empty(props.end, start, props, undefined);
    return { start: offset, end: this.end(end, this.nodeEnd), root };
  }

  /** resolve-props for space, comment, newline and the one indicator; bails on anything the composer could object to. */
  private props(tokens: CST.SourceToken[], indicator: string, offset: number, startOnNewline: boolean, flow = false): Props {
    let hasSpace = startOnNewline;
    let hasNewline = false;
    let comment = false;
    let found = false;
    let comma = false;
    for (const t of tokens) {
      switch (t.type) {
        case 'comma':
          if (!flow || comma) bail();
          comma = true;
          hasSpace = false;
          break;
        case 'space':
          if (t.source.includes('\t')) bail();
          hasSpace = true;
          break;
        case 'comment':
          if (!hasSpace) bail();
          comment = true;
          break;
        case 'newline':
          hasNewline = true;
          hasSpace = true;
          break;
        default:
          if (t.type !== indicator || found) bail();
          found = true;
          hasSpace = false;
      }
    }
    const last = tokens[tokens.length - 1];
    return { found, comma, hasNewline, comment, end: last ? last.offset + last.source.length : offset };
  }

  /** resolve-end (not strict): where trailing spaces, comments and newlines end. */
  private end(tokens: CST.SourceToken[] | undefined, offset: number): number {
    if (tokens)
      for (const t of tokens) {
        if (t.type !== 'space' && t.type !== 'comment' && t.type !== 'newline') bail();
        offset += t.source.length;
      }
    return offset;
  }

  private node(token: CST.Token, parent: AstNode | undefined): AstNode {
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, parent);
      case 'block-map':
        return this.blockMap(token, parent);
      case 'block-seq':
        return this.blockSeq(token, parent);
      case 'flow-collection':
        return this.flow(token, parent);
      default:
        return bail();
    }
  }

  /**
   * compose-scalar without a tag: plain scalars take the first schema tag whose test matches.
   * Gives the value; sets `start`, `valueEnd`, `nodeEnd`, `source` and `plain`.
   */
  private resolve(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): unknown {
    if (token.type === 'scalar' && plainText(token.source)) return this.plainString(token);
    const r = CST.resolveAsScalar(token, false, bail);
    if (!r) return bail();
    let v: unknown = r.value;
    if (token.type === 'scalar') {
      // collection tags have no test: only scalar tags can match, as in the composer
      const tag = this.schema.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(r.value)) as
        ScalarTag | undefined;
      if (tag?.resolve) {
        const res: unknown = tag.resolve(r.value, bail, {});
        v = isScalar(res) ? res.value : res;
      }
    }
    this.start = r.range[0];
    this.valueEnd = r.range[1];
    this.nodeEnd = r.range[2];
    this.source = r.value;
    this.plain = r.type === Scalar.PLAIN;
    return typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : (v ?? null);
  }

  /**
   * A one-line plain scalar no core-schema tag can match (plainText): its value is its source, as
   * resolve-flow-scalar gives it, without the comment text resolve-end builds and nothing reads.
   */
  private plainString({ offset, source, end }: CST.FlowScalar): string {
    this.start = offset;
    this.valueEnd = offset + source.length;
    this.nodeEnd = this.end(end, this.valueEnd);
    this.source = source;
    this.plain = true;
    return source;
  }

  private scalar(token: CST.FlowScalar | CST.BlockScalar, parent: AstNode | undefined): AstNode {
    const value = this.resolve(token, false);
    return {
      type: scalarType(value),
      offset: this.start,
      length: this.valueEnd - this.start,
      parent,
      value,
      source: this.source,
      plain: this.plain,
    };
  }

  /** compose-empty-node: a null where a value is missing, placed after the whitespace before it. */
  private empty(offset: number, before: CST.SourceToken[], props: Props, parent: AstNode | undefined): AstNode {
    const token: CST.FlowScalar = { type: 'scalar', offset: emptyScalarPosition(offset, before), indent: -1, source: '' };
    const node = this.scalar(token, parent);
    if (props.comment) this.nodeEnd = props.end;
    return node;
  }

  /**
   * A property for a key of a map (`keys`: the values of the keys before it). Duplicates (and
   * `<<` merge keys) are the composer's to report and resolve: they bail. Sets `nodeEnd` to the key's.
   */
  private property(key: CST.Token | null | undefined, parent: AstNode, keys: MapKeys): AstNode {
    if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')) return bail();
    if (containsNewline(key)) bail();
    const value = this.resolve(key, true);
    if (value === '<<' || keys.has(value)) bail();
    keys.add(value);
    const length = this.valueEnd - this.start;
    // one shape for every property node (see scanner.ts property); setValue adds the value
    const prop: AstNode = { type: 'property', offset: this.start, length, parent, children: undefined, colonOffset: this.valueEnd };
    prop.children = [{ type: 'string', offset: this.start, length, parent: prop, value: value === null ? '' : asText(value) }];
    return prop;
  }

  /** The property's value, built just before: the property reaches to its end. */
  private setValue(prop: AstNode, value: AstNode): void {
    prop.children = [prop.children![0], value];
    prop.length = Math.max(prop.length, this.valueEnd - prop.offset);
  }

  private blockMap(bm: CST.BlockMap, parent: AstNode | undefined): AstNode {
    const node: AstNode = { type: 'object', offset: bm.offset, length: 0, parent, children: [] };
    const keys = new MapKeys();
    let offset = bm.offset;
    let commentEnd: number | undefined;
    for (const item of bm.items as Item[]) {
      const { start, key, sep, value } = item;
      if (item.explicitKey) bail();
      const keyProps = this.props(start, 'explicit-key-ind', offset, true);
      if (keyProps.found) bail();
      if (!sep) {
        // only comments: the composer keeps them as the map's comment
        if (key) bail();
        commentEnd = keyProps.end;
        continue;
      }
      if (key && 'indent' in key && key.indent !== bm.indent) bail();
      const prop = this.property(key, node, keys);
      const valueProps = this.props(sep, 'map-value-ind', this.nodeEnd, false);
      offset = valueProps.end;
      if (!valueProps.found) bail();
      if (value?.type === 'block-map' && !valueProps.hasNewline) bail();
      this.setValue(prop, value ? this.node(value, prop) : this.empty(offset, sep, valueProps, prop));
      offset = this.nodeEnd;
      node.children!.push(prop);
    }
    if (commentEnd !== undefined && commentEnd < offset) bail();
    node.length = offset - bm.offset;
    node.children = fitted(node.children!);
    this.valueEnd = offset;
    this.nodeEnd = commentEnd ?? offset;
    return node;
  }

  private blockSeq(bs: CST.BlockSequence, parent: AstNode | undefined): AstNode {
    const node: AstNode = { type: 'array', offset: bs.offset, length: 0, parent, children: [] };
    let offset = bs.offset;
    let commentEnd: number | undefined;
    for (const { start, value } of bs.items) {
      const props = this.props(start, 'seq-item-ind', offset, true);
      if (!props.found) {
        if (value) bail();
        commentEnd = props.end;
        continue;
      }
      node.children!.push(value ? this.node(value, node) : this.empty(props.end, start, props, node));
      offset = this.nodeEnd;
    }
    node.length = offset - bs.offset;
    node.children = fitted(node.children!);
    this.valueEnd = offset;
    this.nodeEnd = commentEnd ?? offset;
    return node;
  }

  /** resolve-flow-collection for scalars and nested flow collections: `[a, b]`, `{a: 1, b: [x]}`. */
  private flow(fc: CST.FlowCollection, parent: AstNode | undefined): AstNode {
    const isMap = fc.start.source === '{';
    const node: AstNode = { type: isMap ? 'object' : 'array', offset: fc.offset, length: 0, parent, children: [] };
    const keys = new MapKeys();
    let offset = fc.offset + fc.start.source.length;
    const items = fc.items as Item[];
    for (let i = 0; i < items.length; ++i) {
      const { start, key, sep, value } = items[i];
      const props = this.props(start, 'explicit-key-ind', offset, false, true);
      if (props.found) bail();
      if (!key && !sep && !value) {
        // only a comment or a trailing comma: empty items elsewhere are errors
        if ((i === 0 && props.comma) || i < items.length - 1) bail();
        offset = props.end;
        continue;
      }
      // a comma before the first item, or none between two, is an error
      if (i === 0 ? props.comma : !props.comma) bail();
      if (!isMap) {
        if (sep || key || !value) bail();
        node.children!.push(this.flowValue(value!, node));
        offset = this.nodeEnd;
        continue;
      }
      const prop = this.property(key, node, keys);
      const valueProps = this.props(sep ?? [], 'map-value-ind', this.nodeEnd, false, true);
      if (!valueProps.found || valueProps.comma) bail();
      this.setValue(prop, value ? this.flowValue(value, prop) : this.empty(valueProps.end, sep!, valueProps, prop));
      offset = this.nodeEnd;
      node.children!.push(prop);
    }
    const [close, ...rest] = fc.end;
    if (close?.source !== (isMap ? '}' : ']')) bail();
    const valueEnd = close.offset + close.source.length;
    node.length = valueEnd - fc.offset;
    node.children = fitted(node.children!);
    this.valueEnd = valueEnd;
    this.nodeEnd = rest.length > 0 ? this.end(rest, valueEnd) : valueEnd;
    return node;
  }

  /** Inside a flow collection a block collection or block scalar is an error. */
  private flowValue(token: CST.Token, parent: AstNode): AstNode {
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'block-scalar') bail();
    return this.node(token, parent);
  }
}

/**
 * A plain scalar whose value is its source and a string: one line (no folding), a first character
 * that starts no error (plainValue's bad starts) and no core-schema tag's test (null `~`/`n`/`N`, empty excluded,
 * bool `t`/`T`/`f`/`F`, int and float digits, signs and `.`).
 */
export function plainText(source: string): boolean {
  return source.length > 0 && PLAIN_TEXT_START[source.charCodeAt(0)] === 1 && !source.includes('\n');
}

const PLAIN_TEXT_START = new Uint8Array(128);
for (let c = 33; c < 127; c++) PLAIN_TEXT_START[c] = 1;
for (const ch of '0123456789+-.nNtTfF~\t,%|>@`') PLAIN_TEXT_START[ch.charCodeAt(0)] = 0;

function scalarType(v: unknown): AstNode['type'] {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'bigint') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

/** util-contains-newline for flow scalars: a key must stay on one line. */
function containsNewline(key: CST.FlowScalar): boolean {
  return key.source.includes('\n') || (key.end?.some((t) => t.type === 'newline') ?? false);
}

/** util-empty-scalar-position: back over trailing whitespace and comments, then after the spaces. */
function emptyScalarPosition(offset: number, before: CST.SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    const t = before[i];
    if (t.type === 'space' || t.type === 'comment' || t.type === 'newline') {
      offset -= t.source.length;
      continue;
    }
    for (let st = before[++i]; st?.type === 'space'; st = before[++i]) offset += st.source.length;
    break;
  }
  return offset;
}
