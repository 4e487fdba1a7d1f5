/**
 * YAML 1.1 traps: kubectl reads YAML with go-yaml (YAML 1.1), where a plain `yes`, `on`, `n`
 * is a boolean and `0755` an octal number. Where the schema wants a string, such a value is
 * rejected or silently changed; quoting it keeps the text as written.
 */
import type { AstNode, JsonPath } from '../parse/tree';
import { propertyKey } from '../parse/tree';
import type { DocUnit } from '../types';
import type { SchemaStore } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';
import { schemasAtPath } from '../schema/navigate';
import { asText } from '../text/asText';
import { k8sSchemaId } from './schemaId';

export const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
// go-yaml v2: Go integer literals (0x, 0o, 0b, leading-zero octal, underscores); no base-60 numbers
const YAML11_INT = /^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|0|[1-9][0-9_]*)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;

export type Trap = { kind: 'boolean'; read: boolean } | { kind: 'number'; read: string };

/**
 * Whether a plain scalar can be a YAML 1.1 boolean or number: its first character is one these
 * start with. Most scalars (names, images) are ruled out here without three regular expressions.
 */
function mayRead(source: string): boolean {
  const c = source.charCodeAt(0);
  // 0-9 + - .
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return true;
  // y n t f o, either case
  const l = c | 32;
  return l === 121 || l === 110 || l === 116 || l === 102 || l === 111;
}

/** What go-yaml makes of a plain scalar, when it is not a string. */
export function yaml11Reading(source: string): Trap | undefined {
  if (!readsAsNonString(source)) return undefined;
  if (YAML11_BOOL.test(source)) return { kind: 'boolean', read: /^(y|yes|true|on)$/i.test(source) };
  return { kind: 'number', read: numberText(source) };
}

/** Whether go-yaml reads a plain scalar as a boolean or a number (yaml11Reading without the reading). */
function readsAsNonString(source: string): boolean {
  if (!mayRead(source)) return false;
  // the booleans are words of at most five letters; a number starts with a digit, a sign or a dot
  const c = source.charCodeAt(0);
  if (c > 57 && source.length > 5) return false;
  return YAML11_BOOL.test(source) || YAML11_INT.test(source) || YAML_FLOAT.test(source);
}

function numberText(s: string): string {
  const t = s.replace(/_/g, '');
  const neg = t.startsWith('-') ? '-' : '';
  const u = t.replace(/^[-+]/, '');
  if (/^0[0-7]+$/.test(u)) return `${neg}${parseInt(u, 8)} (octal)`;
  if (/^0o[0-7]+$/.test(u)) return `${neg}${parseInt(u.slice(2), 8)} (octal)`;
  if (/^0x/i.test(u)) return `${neg}${parseInt(u.slice(2), 16)} (hex)`;
  if (/^0b/.test(u)) return `${neg}${parseInt(u.slice(2), 2)} (binary)`;
  const n = Number(t);
  return Number.isFinite(n) ? asText(n) : s;
}

export interface TrapHit {
  node: AstNode;
  path: JsonPath;
  trap: Trap;
}

/**
 * The last answer per document, for the same schema: the boolean and the number rule both ask,
 * and the walk looks up the schema of every number in the document (ports, counts, …).
 */
const kept = new WeakMap<DocUnit, { store: SchemaStore | undefined; id: string | undefined; hits: TrapHit[] }>();

/** Plain scalars that kubectl would not read as a string where a string is wanted. */
export function findTraps(doc: DocUnit, store: SchemaStore | undefined, ws: WorkspaceIndex): TrapHit[] {
  // asked every time, so that each caller records what it read (a CRD in the workspace)
  const id = store && doc.kind.family === 'k8s' ? k8sSchemaId(doc.kind, store, ws) : undefined;
  const last = kept.get(doc);
  // an id names one schema for good (a CRD's id hashes its schema)
  if (last && last.store === store && last.id === id) return last.hits;
  const out: TrapHit[] = [];
  kept.set(doc, { store, id, hits: out });
  const root = id && store ? store.resolve(id) : undefined;
  collect(doc.root, 0, [], { store, root: root && id ? { schema: root, base: id } : undefined, doc, out });
  return out;
}

interface Walk {
  store: SchemaStore | undefined;
  root: { schema: Record<string, unknown>; base: string } | undefined;
  doc: DocUnit;
  out: TrapHit[];
}

/**
 * The traps under `n`, whose path is `path` (pathOf's, kept up to date on the way down instead of
 * made again from the parents for every number of the document: a big manifest has thousands).
 */
function collect(n: AstNode | undefined, depth: number, path: JsonPath, w: Walk): void {
  if (!n || depth > 200) return;
  const kids = n.children;
  if (n.type === 'property') {
    const key = propertyKey(n);
    if (key === undefined) collect(kids?.[1], depth + 1, path, w);
    else {
      path.push(key);
      collect(kids?.[1], depth + 1, path, w);
      path.pop();
    }
    return;
  }
  if (kids) {
    if (n.type !== 'array') for (let i = 0; i < kids.length; i++) collect(kids[i], depth + 1, path, w);
    else
      for (let i = 0; i < kids.length; i++) {
        path.push(i);
        collect(kids[i], depth + 1, path, w);
        path.pop();
      }
    return;
  }
  if (!n.plain || n.source === undefined || n.alias || !readsAsNonString(n.source)) return;
  if (wantsString(w.store, w.root, path, w.doc)) w.out.push({ node: n, path: path.slice(), trap: yaml11Reading(n.source)! });
}

function wantsString(
  store: SchemaStore | undefined,
  root: { schema: Record<string, unknown>; base: string } | undefined,
  path: JsonPath,
  doc: DocUnit,
): boolean {
  const bySchema = store && root ? schemaWantsString(store, root, path) : undefined;
  return bySchema ?? knownStringPath(path, doc);
}

/**
 * Per store: schema id and path (indices as 0: the schema is the same for every item) → whether
 * the schema wants a string there, undefined where it says nothing. Every port and count of a big
 * manifest asks; the answers repeat from one document to the next. A tree by path segment: the
 * lookup makes nothing (a key string per question was a fortieth of what a big file's open made).
 */
interface Wanted {
  /** whether `answer` is known for the path that leads here */
  known: boolean;
  answer: boolean | undefined;
  next: Map<string | number, Wanted> | undefined;
}
const wanted = new WeakMap<SchemaStore, { roots: Map<string, Wanted>; size: number }>();

const wantedNode = (): Wanted => ({ known: false, answer: undefined, next: undefined });

function schemaWantsString(
  store: SchemaStore,
  root: { schema: Record<string, unknown>; base: string },
  path: JsonPath,
): boolean | undefined {
  let table = wanted.get(store);
  if (!table) wanted.set(store, (table = { roots: new Map(), size: 0 }));
  let at = table.roots.get(root.base);
  if (!at) table.roots.set(root.base, (at = wantedNode()));
  for (const seg of path) {
    // indices as 0 (a number: the key "0" is another path)
    const k = typeof seg === 'number' ? 0 : seg;
    let n: Wanted | undefined = at.next?.get(k);
    if (!n) (at.next ??= new Map()).set(k, (n = wantedNode()));
    at = n;
  }
  if (at.known) return at.answer;
  const located = schemasAtPath(store, root, path);
  let answer: boolean | undefined;
  if (located.length) {
    const types = new Set<string>();
    for (const l of located) {
      const t = l.schema.type;
      for (const x of Array.isArray(t) ? t : [t]) if (typeof x === 'string') types.add(x);
      if (l.schema['x-kubernetes-int-or-string'] || l.schema.format === 'int-or-string') types.add('integer');
    }
    answer = types.has('string') && !types.has('integer') && !types.has('number') && !types.has('boolean');
  }
  // paths come from what users type: keep the table bounded (it is rebuilt from the next question)
  if (++table.size >= 20_000) wanted.delete(store);
  at.known = true;
  at.answer = answer;
  return answer;
}

/** Without a schema: the places where a string is wanted in every Kubernetes object. */
function knownStringPath(path: JsonPath, doc: DocUnit): boolean {
  const n = path.length;
  if (n >= 3 && path[n - 3] === 'metadata' && (path[n - 2] === 'labels' || path[n - 2] === 'annotations')) return true;
  if (n >= 2 && (path[n - 2] === 'matchLabels' || path[n - 2] === 'nodeSelector')) return true;
  if (n >= 3 && path[n - 3] === 'env' && path[n - 1] === 'value') return true;
  const kind = doc.kind.family === 'k8s' ? doc.kind.kind : '';
  if (((kind === 'ConfigMap' && path[0] === 'data') || (kind === 'Secret' && path[0] === 'stringData')) && n === 2) return true;
  if (kind === 'Service' && n === 3 && path[0] === 'spec' && path[1] === 'selector') return true;
  return false;
}
