/**
 * The index of every analysed file; cross-file rules, completion and the graph read it.
 *
 * It also knows what each piece of cross-file work read. Every read names a key (the Deployments,
 * the eksctl configs, one file, …) and every change stamps the keys it touched, so a result
 * made under `track` stays valid while the keys it read keep their stamps. A keystroke in a
 * Deployment then re-runs only the checks that look at Deployments, not every cross-file check
 * of every open file.
 */
import type { DocUnit, SourceFile } from './types';
import type { DocKind } from './types';
import { ecsKey, type EcsDocType } from './ecs/kind';
import { k8sKey, K8S_ALL } from './k8s/kind';
import { EKSCTL_KEY } from './eksctl/kind';
import { IndexBuckets } from './indexBuckets';

/** The index keys of a document kind: its family's `indexKeys` (the service passes families.ts's `indexKeysOf`). */
export type IndexKeys = (kind: DocKind) => readonly string[];

/**
 * One document and the file it came from. `file` may be an older analysis of the same path
 * (results are kept across edits of other documents): read its `uri`, not its text.
 */
export interface DocEntry {
  file: SourceFile;
  doc: DocUnit;
}

/** What a piece of work read: keys and the stamps they had then, side by side. */
export interface Deps {
  readonly keys: readonly string[];
  readonly stamps: readonly number[];
}

/** Every change stamps this key: reads that can see any file depend on it. */
const ANY = 'any';
/** keys of values with early cutoff (`derived`) start with this character: `fresh` brings them up to date first */
export const DERIVED = '~';
const DERIVED_CODE = DERIVED.charCodeAt(0);

/** a `derived` value, what it was made from, and how to make it again */
interface Derived {
  build: () => unknown;
  same: (a: unknown, b: unknown) => boolean;
  value: unknown;
  /** undefined until first made */
  deps: Deps | undefined;
  /** the generation at which it was last found up to date */
  seen: number;
}
/** what work that read nothing from the workspace depended on */
export const NO_DEPS: Deps = { keys: [], stamps: [] };

export class WorkspaceIndex {
  /** documents by index key, kept up to date file by file */
  private readonly buckets: IndexBuckets<DocEntry>;

  constructor(private readonly indexKeys: IndexKeys) {
    this.buckets = new IndexBuckets(indexKeys, (file, doc) => ({ file, doc }));
  }

  private readonly files = new Map<string, SourceFile>();
  private gen = 0;
  private readonly stamps = new Map<string, number>();
  /**
   * Open `track` calls, innermost first at `depth - 1`: the keys each has read, with their
   * stamps. The frames are reused (most checks read nothing, and then nothing is allocated).
   */
  private readonly frames: { keys: string[]; stamps: number[] }[] = [];
  private depth = 0;
  /** file-name patterns someone asked for (`matching`), by key */
  private readonly patterns = new Map<string, RegExp>();
  /** `seen`: the generation at which the value was last found fresh (rules ask for it per document) */
  private readonly memos = new Map<string, { value: unknown; deps: Deps; seen: number }>();
  /** values with early cutoff, by key (a handful, named in code: never cleared) */
  private readonly derivedValues = new Map<string, Derived>();

  /** bumps on every change (the client is told about it; the diagram redraws) */
  get generation(): number {
    this.read(ANY);
    return this.gen;
  }

  set(file: SourceFile): void {
    const old = this.files.get(file.uri);
    this.files.set(file.uri, file);
    this.buckets.set(file);
    this.changed(file.uri, old?.docs ?? [], file.docs);
  }

  delete(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    this.files.delete(uri);
    this.buckets.delete(uri);
    this.changed(uri, old.docs, []);
  }

  get(uri: string): SourceFile | undefined {
    this.read(`uri:${uri}`);
    return this.files.get(uri);
  }
  has(uri: string): boolean {
    this.read(`uri:${uri}`);
    return this.files.has(uri);
  }
  get size(): number {
    this.read(ANY);
    return this.files.size;
  }
  allFiles(): IterableIterator<SourceFile> {
    this.read(ANY);
    return this.files.values();
  }

  *entries(): Generator<DocEntry> {
    this.read(ANY);
    for (const file of this.files.values()) for (const doc of file.docs) yield { file, doc };
  }

  /** Files whose path matches `pattern` (e.g. kustomization files), in index order. */
  matching(pattern: RegExp): SourceFile[] {
    const key = `files:${pattern}`;
    this.patterns.set(key, pattern);
    this.read(key);
    return [...this.files.values()].filter((f) => pattern.test(f.uri));
  }

  /**
   * The documents listed under an index key (each family says which keys its documents have:
   * `DocumentFamily.indexKeys`), in index order. Callers get a copy they may sort or filter.
   */
  docs(key: string): DocEntry[] {
    this.read(key);
    return [...this.buckets.list(key, this.stamps.get(key) ?? 0)];
  }

  /** The documents under any of `keys`, in index order (depends on those keys only). */
  docsOfKeys(keys: readonly string[]): DocEntry[] {
    for (const k of keys) this.read(k);
    return [
      ...this.buckets.union(
        keys,
        keys.map((k) => this.stamps.get(k) ?? 0),
      ),
    ];
  }

  // Shorthands for the families' keys (see ecs/family.ts, k8s/family.ts, eksctl/family.ts).
  ecs(type: EcsDocType): DocEntry[] {
    return this.docs(ecsKey(type));
  }

  k8s(kind?: string): DocEntry[] {
    return this.docs(kind ? k8sKey(kind) : K8S_ALL);
  }

  /** Kubernetes objects of any of `kinds`, in index order (depends on those kinds only). */
  k8sOfKinds(kinds: readonly string[]): DocEntry[] {
    return this.docsOfKeys(kinds.map(k8sKey));
  }

  eksctl(): DocEntry[] {
    return this.docs(EKSCTL_KEY);
  }

  /**
   * Runs `fn(...args)` and returns what it read as well as its result (nested calls add to the
   * outer one). The arguments are passed through rather than captured, so the per-check loop in
   * validate.ts (hundreds of documents × dozens of checks) makes no closure per call.
   */
  track<T, A extends unknown[]>(fn: (...args: A) => T, ...args: A): { value: T; deps: Deps } {
    this.begin();
    let value: T;
    try {
      value = fn(...args);
    } catch (e) {
      this.end();
      throw e;
    }
    return { value, deps: this.end() };
  }

  private begin(): void {
    // arrays, not a Map: a check reads a handful of keys; frames are reused
    const frame = this.frames[this.depth++];
    if (frame) {
      frame.keys.length = 0;
      frame.stamps.length = 0;
    } else this.frames.push({ keys: [], stamps: [] });
  }

  /** What was read since the matching `begin`; the outer recording (if any) gets it too. */
  private end(): Deps {
    const frame = this.frames[--this.depth];
    if (!frame.keys.length) return NO_DEPS;
    const read = { keys: frame.keys.slice(), stamps: frame.stamps.slice() };
    this.replay(read);
    return read;
  }

  /** Nothing `deps` names has changed since it was read. */
  fresh(deps: Deps): boolean {
    // an indexed loop: this runs for every check of every document on each keystroke
    for (let i = 0; i < deps.keys.length; i++) {
      const key = deps.keys[i];
      // a derived value is made again first if what it read changed: its stamp moves only if it differs
      if (key.charCodeAt(0) === DERIVED_CODE && !this.refresh(key)) return false;
      if ((this.stamps.get(key) ?? 0) !== deps.stamps[i]) return false;
    }
    return true;
  }

  /**
   * A value derived from the workspace whose readers depend on the value, not on what it is made
   * from (early cutoff). Like `memo`, it is made again when something it read has changed; but
   * its readers record only `key`, stamped when `same(old, new)` is false. A keystroke in a
   * Deployment's `replicas` then keeps every Service's check that read only the pods' labels.
   * `key` starts with DERIVED and always names the same `build`. The newest value is returned
   * even when it is the same as the last (its objects belong to the current analysis).
   */
  derived<T>(key: string, build: () => T, same: (a: T, b: T) => boolean): T {
    let d = this.derivedValues.get(key);
    if (!d) {
      d = { build, same: same as Derived['same'], value: undefined, deps: undefined, seen: -1 };
      this.derivedValues.set(key, d);
    }
    this.refresh(key);
    this.read(key);
    return d.value as T;
  }

  /** Brings a derived value up to date; false when `key` names none. */
  private refresh(key: string): boolean {
    const d = this.derivedValues.get(key);
    if (!d) return false;
    if (d.seen === this.gen) return true;
    if (d.deps && this.fresh(d.deps)) {
      d.seen = this.gen;
      return true;
    }
    // made in a frame of its own: what it reads is its dependency, not its readers'
    this.begin();
    let value: unknown;
    try {
      value = d.build();
    } finally {
      this.depth--;
    }
    const frame = this.frames[this.depth];
    const deps = frame.keys.length ? { keys: frame.keys.slice(), stamps: frame.stamps.slice() } : NO_DEPS;
    const changed = !d.deps || !d.same(d.value, value);
    d.value = value;
    d.deps = deps;
    d.seen = this.gen;
    if (changed) this.stamps.set(key, (this.stamps.get(key) ?? 0) + 1);
    return true;
  }

  /**
   * A value derived from the workspace (a lookup table, a list of profiles), built again only
   * when something it read has changed. Callers inside `track` inherit what it read.
   */
  memo<T>(key: string, build: () => T): T {
    const hit = this.memos.get(key);
    if (hit && (hit.seen === this.gen || this.fresh(hit.deps))) {
      hit.seen = this.gen;
      this.replay(hit.deps);
      return hit.value as T;
    }
    const { value, deps } = this.track(build);
    // keys can come from what users type (an HPA's target kind): keep the table bounded
    if (this.memos.size >= 1000) this.memos.clear();
    this.memos.set(key, { value, deps, seen: this.gen });
    return value;
  }

  private read(key: string): void {
    const top = this.depth ? this.frames[this.depth - 1] : undefined;
    if (top && !top.keys.includes(key)) {
      top.keys.push(key);
      top.stamps.push(this.stamps.get(key) ?? 0);
    }
  }

  private replay(deps: Deps): void {
    if (!this.depth) return;
    const top = this.frames[this.depth - 1];
    for (let i = 0; i < deps.keys.length; i++) {
      if (!top.keys.includes(deps.keys[i])) {
        top.keys.push(deps.keys[i]);
        top.stamps.push(deps.stamps[i]);
      }
    }
  }

  /** Stamps what a change of `uri` touched: the file, and the kinds of the documents that came or went. */
  private changed(uri: string, before: readonly DocUnit[], after: readonly DocUnit[]): void {
    const gen = ++this.gen;
    const touch = (key: string) => this.stamps.set(key, gen);
    touch(ANY);
    touch(`uri:${uri}`);
    for (const [key, pattern] of this.patterns) if (pattern.test(uri)) touch(key);
    // an incremental re-parse keeps the DocUnit of every document it did not re-parse
    const kept = new Set(after);
    const had = new Set(before);
    for (const d of before) if (!kept.has(d)) for (const key of this.indexKeys(d.kind)) touch(key);
    for (const d of after) if (!had.has(d)) for (const key of this.indexKeys(d.kind)) touch(key);
  }
}
