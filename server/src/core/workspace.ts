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
/** what work that read nothing from the workspace depended on */
export const NO_DEPS: Deps = { keys: [], stamps: [] };

export class WorkspaceIndex {
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

  /** bumps on every change (the client is told about it; the diagram redraws) */
  get generation(): number {
    this.read(ANY);
    return this.gen;
  }

  set(file: SourceFile): void {
    const old = this.files.get(file.uri);
    if (!old) this.order.set(file.uri, this.nextOrder++);
    this.files.set(file.uri, file);
    this.refile(file.uri, old, file);
    this.changed(file.uri, old?.docs ?? [], file.docs);
  }

  delete(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    this.files.delete(uri);
    this.refile(uri, old, undefined);
    this.order.delete(uri);
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

  ecs(type: string): DocEntry[] {
    this.read(`ecs:${type}`);
    return [...(this.byFamily().ecs.get(type) ?? [])];
  }

  k8s(kind?: string): DocEntry[] {
    this.read(kind ? `k8s:${kind}` : 'k8s');
    const f = this.byFamily();
    return [...(kind ? (f.k8s.get(kind) ?? []) : f.k8sAll)];
  }

  /** Kubernetes objects of any of `kinds`, in index order (depends on those kinds only). */
  k8sOfKinds(kinds: readonly string[]): DocEntry[] {
    for (const k of kinds) this.read(`k8s:${k}`);
    // the kinds' own lists, merged into index order (not a filter of every Kubernetes document)
    const f = this.byFamily();
    const out: Filed[] = [];
    for (const k of new Set(kinds)) for (const e of f.k8s.get(k) ?? []) out.push(e);
    return out.sort((a, b) => a.at - b.at || a.doc.index - b.doc.index);
  }

  eksctl(): DocEntry[] {
    this.read('eksctl');
    return [...this.byFamily().eksctl];
  }

  /** Runs `fn` and returns what it read as well as its result (nested calls add to the outer one). */
  track<T>(fn: () => T): { value: T; deps: Deps } {
    this.begin();
    let value: T;
    try {
      value = fn();
    } catch (e) {
      this.end();
      throw e;
    }
    return { value, deps: this.end() };
  }

  /**
   * `track` without a closure, for the per-check loop in validate.ts (hundreds of documents ×
   * dozens of checks when a big manifest opens): every `begin` needs its `end`, also on throw.
   */
  begin(): void {
    // arrays, not a Map: a check reads a handful of keys
    const frame = this.frames[this.depth++];
    if (frame) {
      frame.keys.length = 0;
      frame.stamps.length = 0;
    } else this.frames.push({ keys: [], stamps: [] });
  }

  /** What was read since the matching `begin`; the outer recording (if any) gets it too. */
  end(): Deps {
    const frame = this.frames[--this.depth];
    if (!frame.keys.length) return NO_DEPS;
    const read = { keys: frame.keys.slice(), stamps: frame.stamps.slice() };
    this.replay(read);
    return read;
  }

  /** Nothing `deps` names has changed since it was read. */
  fresh(deps: Deps): boolean {
    // an indexed loop: this runs for every check of every document on each keystroke
    for (let i = 0; i < deps.keys.length; i++) if ((this.stamps.get(deps.keys[i]) ?? 0) !== deps.stamps[i]) return false;
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
    for (const d of before) if (!kept.has(d)) touchKind(d, touch);
    for (const d of after) if (!had.has(d)) touchKind(d, touch);
  }

  /**
   * Documents by family and type: cross-file rules ask for them for every document they check.
   * Built on first use, then kept up to date file by file (rebuilding it after every change made
   * opening 2,000 files at once quadratic). Lists are in index order (the order files came in,
   * `order`), each file's documents together. Callers get copies, so they may sort or filter them.
   */
  private families?: { ecs: Map<string, Filed[]>; k8s: Map<string, Filed[]>; k8sAll: Filed[]; eksctl: Filed[] };
  /** each file's place in the index order (Map order: first set, until deleted) */
  private readonly order = new Map<string, number>();
  private nextOrder = 0;

  private byFamily(): NonNullable<WorkspaceIndex['families']> {
    if (this.families) return this.families;
    const f = { ecs: new Map<string, Filed[]>(), k8s: new Map<string, Filed[]>(), k8sAll: [] as Filed[], eksctl: [] as Filed[] };
    for (const file of this.files.values()) {
      const at = this.order.get(file.uri)!;
      for (const doc of file.docs) this.eachList(f, doc, true, (l) => l.push({ file, doc, at }));
    }
    this.families = f;
    return f;
  }

  /** Calls `visit` with each list a document belongs in (made when `make`). */
  private eachList(f: NonNullable<WorkspaceIndex['families']>, doc: DocUnit, make: boolean, visit: (l: Filed[]) => void): void {
    const k = doc.kind;
    const get = (m: Map<string, Filed[]>, key: string) => {
      let l = m.get(key);
      if (!l && make) m.set(key, (l = []));
      if (l) visit(l);
    };
    if (k.family === 'ecs') get(f.ecs, k.type);
    else if (k.family === 'k8s') {
      get(f.k8s, k.kind);
      visit(f.k8sAll);
    } else if (k.family === 'eksctl') visit(f.eksctl);
  }

  /** Replaces `uri`'s documents in the family lists (binary search on the index order, then one splice per list). */
  private refile(uri: string, before: SourceFile | undefined, after: SourceFile | undefined): void {
    const f = this.families;
    if (!f) return;
    const at = this.order.get(uri)!;
    const mine = new Map<Filed[], Filed[]>();
    for (const doc of before?.docs ?? []) this.eachList(f, doc, false, (l) => mine.has(l) || mine.set(l, []));
    if (after)
      for (const doc of after.docs)
        this.eachList(f, doc, true, (l) => {
          const m = mine.get(l);
          if (m) m.push({ file: after, doc, at });
          else mine.set(l, [{ file: after, doc, at }]);
        });
    for (const [l, entries] of mine) {
      let lo = 0;
      for (let hi = l.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (l[mid].at < at) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < l.length && l[end].at === at) end++;
      // no spread into splice: a file may hold tens of thousands of documents
      const tail = l.splice(lo);
      for (const e of entries) l.push(e);
      for (let i = end - lo; i < tail.length; i++) l.push(tail[i]);
    }
    // kinds typed and deleted again leave no empty lists behind
    for (const m of [f.ecs, f.k8s]) for (const [key, l] of m) if (!l.length && mine.has(l)) m.delete(key);
  }
}

/** A family-list entry with its file's place in the index order. */
interface Filed extends DocEntry {
  at: number;
}

/** The keys a document of this kind is read under (see `ecs`, `k8s`, `eksctl`). */
function touchKind(doc: DocUnit, touch: (key: string) => void): void {
  const k = doc.kind;
  if (k.family === 'ecs') touch(`ecs:${k.type}`);
  else if (k.family === 'k8s') {
    touch(`k8s:${k.kind}`);
    touch('k8s');
  } else if (k.family === 'eksctl') touch('eksctl');
}
