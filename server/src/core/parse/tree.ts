/**
 * One tree type for JSON and YAML. Every node keeps its offset and length in the
 * source text; line/column are computed only at the edges (LSP, CLI).
 */
import { asText } from '../text/asText';
export type NodeType = 'object' | 'array' | 'property' | 'string' | 'number' | 'boolean' | 'null';

export interface AstNode {
  type: NodeType;
  offset: number;
  length: number;
  parent?: AstNode;
  /** object: property nodes; array: items; property: [key, value?] */
  children?: AstNode[];
  /** scalar value (string, number, boolean, null) */
  value?: unknown;
  /** property nodes: offset of the ':' (JSON) or of the value indicator (YAML) */
  colonOffset?: number;
  /** YAML scalars: the text as written (to spot `yes`, `08`, `${VAR}`); plain means unquoted */
  source?: string;
  plain?: boolean;
  /** YAML: the node came from an alias (*ref) */
  alias?: boolean;
  /** JSON: a bare `{{ … }}` template expression read as a string (its rendered type is unknown) */
  template?: boolean;
}

export type PathSegment = string | number;
export type JsonPath = PathSegment[];

export function propertyKey(prop: AstNode): string | undefined {
  const k = prop.children?.[0];
  return k && typeof k.value === 'string' ? k.value : k ? asText(k.value) : undefined;
}

export function propertyValue(prop: AstNode): AstNode | undefined {
  return prop.children?.[1];
}

/** The property node named `key` in an object node. Last one wins, as in JSON.parse. */
export function findProperty(obj: AstNode | undefined, key: string): AstNode | undefined {
  if (!obj || obj.type !== 'object' || !obj.children) return undefined;
  let found: AstNode | undefined;
  for (const p of obj.children) if (propertyKey(p) === key) found = p;
  return found;
}

export function getChild(node: AstNode | undefined, seg: PathSegment): AstNode | undefined {
  if (!node) return undefined;
  if (typeof seg === 'number') return node.type === 'array' ? node.children?.[seg] : undefined;
  const p = findProperty(node, seg);
  return p ? propertyValue(p) : undefined;
}

export function findNodeAtPath(root: AstNode | undefined, path: JsonPath): AstNode | undefined {
  let n = root;
  for (const seg of path) {
    n = getChild(n, seg);
    if (!n) return undefined;
  }
  return n;
}

/** The path from the root to `node` (property nodes contribute their key). */
export function pathOf(node: AstNode): JsonPath {
  const out: JsonPath = [];
  let n: AstNode | undefined = node;
  while (n && n.parent) {
    const p: AstNode = n.parent;
    if (p.type === 'array') out.unshift(p.children!.indexOf(n));
    else if (p.type === 'property') {
      // a key node itself is addressed by its property's path
      const key = propertyKey(p);
      if (key !== undefined && p.children?.[1] === n) out.unshift(key);
      else if (key !== undefined && p.children?.[0] === n) out.unshift(key);
      n = p.parent;
      continue;
    }
    n = p;
  }
  return out;
}

/** Innermost node containing offset (end inclusive, so a cursor after a value still finds it). */
export function nodeAtOffset(root: AstNode | undefined, offset: number, includeEnd = true): AstNode | undefined {
  if (!root) return undefined;
  const inside = (n: AstNode) => offset >= n.offset && (includeEnd ? offset <= n.offset + n.length : offset < n.offset + n.length);
  if (!inside(root)) return undefined;
  let cur = root;
  for (;;) {
    const kids = cur.children;
    let next: AstNode | undefined;
    if (kids)
      for (const k of kids)
        if (k && inside(k)) {
          next = k;
          break;
        }
    if (!next) return cur;
    cur = next;
  }
}

/** Plain JS value of a node (objects/arrays rebuilt); depth-bounded for safety. */
export function toValue(node: AstNode | undefined, depth = 0): unknown {
  if (!node || depth > 500) return undefined;
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.children ?? []) {
        const k = propertyKey(p);
        if (k === undefined || k === '__proto__') continue;
        o[k] = toValue(propertyValue(p), depth + 1);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map((c) => toValue(c, depth + 1));
    default:
      return node.value;
  }
}
