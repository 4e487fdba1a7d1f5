/**
 * The workspace's documents by index key, kept up to date file by file. Rebuilding every list
 * after each change made opening 2,000 files quadratic (each open rebuilt the lists of all
 * documents); now a change touches only its own file's entries, and a key's list is put together
 * again only when a document with that key came or went (the caller's stamp for the key).
 * Lists are in index order: files in the order they were first indexed, documents in file order.
 */
import type { DocKind, SourceFile } from './types';

export interface Entry {
  file: SourceFile;
  doc: SourceFile['docs'][number];
}

interface Indexed<E> {
  docs: readonly SourceFile['docs'][number][];
  entries: (E | undefined)[];
}

/**
 * A list as of the stamps it was put together at, and of this index's operation count and next
 * file place then: later, while only new files came (a burst of opens), it is extended with
 * theirs instead of put together again (218 times per burst of 2,000 opens, each time sorting
 * every file with a workload).
 */
interface Kept<E> {
  stamps: readonly number[];
  list: E[];
  op: number;
  seq: number;
}

/** more re-parsed documents than this: filing the whole file again is as cheap */
const MAX_REPLACED = 8;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((k, i) => k === b[i]));
}

export class IndexBuckets<E extends Entry> {
  /** file uri → its place in index order (kept while the file stays indexed) */
  private readonly seq = new Map<string, number>();
  private nextSeq = 0;
  /** place → file uri (undefined once removed): the files filed since a kept list was made */
  private readonly uriAt: (string | undefined)[] = [];
  /** counts set and delete calls */
  private op = 0;
  /** key → the last operation that changed or removed entries already under it (a new file's first filing does not) */
  private readonly lastRewrite = new Map<string, number>();
  /** key → file uri → that file's entries under the key */
  private readonly byKey = new Map<string, Map<string, E[]>>();
  /** file uri → the keys it has entries under */
  private readonly keysOfFile = new Map<string, string[]>();
  /** file uri → its documents as last filed, and each one's entry (undefined: it has no key) */
  private readonly indexed = new Map<string, Indexed<E>>();
  /** key → its list */
  private readonly lists = new Map<string, Kept<E>>();
  /** keys joined → their union (the workload list asks on every rebuild of what reads it) */
  private readonly unions = new Map<string, Kept<E>>();

  constructor(
    private readonly indexKeys: (kind: DocKind) => readonly string[],
    private readonly entry: (file: SourceFile, doc: SourceFile['docs'][number]) => E,
  ) {}

  set(file: SourceFile): void {
    const op = ++this.op;
    const prev = this.indexed.get(file.uri);
    if (prev) this.rewrote(this.keysOfFile.get(file.uri), op);
    if (prev && this.replaceChanged(prev, file)) return;
    // documents the new analysis kept keep their entries too: lists kept for keys that did not
    // change (the caller's stamps) hold them, and must see the new analysis as well
    const kept = new Map<SourceFile['docs'][number], E>();
    if (prev) prev.docs.forEach((d, i) => prev.entries[i] && kept.set(d, prev.entries[i]!));
    this.drop(file.uri);
    if (!this.seq.has(file.uri)) {
      this.uriAt[this.nextSeq] = file.uri;
      this.seq.set(file.uri, this.nextSeq++);
    }
    const keys: string[] = [];
    const entries: (E | undefined)[] = [];
    for (const doc of file.docs) {
      const docKeys = this.keysOf(doc.kind);
      if (!docKeys.length) {
        entries.push(undefined);
        continue;
      }
      let e = kept.get(doc);
      if (e) e.file = file;
      else e = this.entry(file, doc);
      entries.push(e);
      for (const key of docKeys) {
        let files = this.byKey.get(key);
        if (!files) this.byKey.set(key, (files = new Map()));
        const list = files.get(file.uri);
        if (list) list.push(e);
        else {
          files.set(file.uri, [e]);
          keys.push(key);
        }
      }
    }
    this.keysOfFile.set(file.uri, keys);
    this.indexed.set(file.uri, { docs: file.docs, entries });
    // an indexed file's new keys put its entries amid the lists, not after them
    if (prev) this.rewrote(keys, op);
  }

  private rewrote(keys: readonly string[] | undefined, op: number): void {
    for (const key of keys ?? []) this.lastRewrite.set(key, op);
  }

  /**
   * A keystroke in a big file: the incremental re-parse keeps every DocUnit but the edited one (and
   * the next), in place. Their entries stay where they are and now belong to the new analysis; only
   * the re-parsed documents' entries are swapped, when they have the keys the old ones had. Re-filing
   * all 1,755 documents of the real big file was the largest part of taking in a keystroke.
   * False: anything else changed (the caller files the whole file again).
   */
  private replaceChanged(prev: Indexed<E>, file: SourceFile): boolean {
    const docs = file.docs;
    if (docs.length !== prev.docs.length) return false;
    const changed: number[] = [];
    for (let i = 0; i < docs.length; i++) {
      if (docs[i] === prev.docs[i]) continue;
      if (changed.push(i) > MAX_REPLACED || !sameKeys(this.keysOf(docs[i].kind), this.keysOf(prev.docs[i].kind))) return false;
    }
    for (const e of prev.entries) if (e) e.file = file;
    for (const i of changed) {
      const old = prev.entries[i];
      if (!old) continue;
      const e = this.entry(file, docs[i]);
      for (const key of this.keysOf(docs[i].kind)) {
        const list = this.byKey.get(key)?.get(file.uri);
        const at = list ? list.indexOf(old) : -1;
        if (at >= 0) list![at] = e;
      }
      prev.entries[i] = e;
    }
    prev.docs = docs;
    return true;
  }

  /**
   * A kind's keys, kept per kind: a keystroke re-indexes a big file whose other documents keep
   * their DocUnit (and kind), and building every key string again was most of that.
   */
  private readonly kindKeys = new WeakMap<DocKind, readonly string[]>();
  private keysOf(kind: DocKind): readonly string[] {
    let keys = this.kindKeys.get(kind);
    if (!keys) this.kindKeys.set(kind, (keys = this.indexKeys(kind)));
    return keys;
  }

  delete(uri: string): void {
    this.rewrote(this.keysOfFile.get(uri), ++this.op);
    this.drop(uri);
    this.indexed.delete(uri);
    const at = this.seq.get(uri);
    if (at !== undefined) this.uriAt[at] = undefined;
    this.seq.delete(uri);
  }

  /** The entries under `key` in index order; `stamp` changes whenever the key's members do. Shared: copy before changing. */
  list(key: string, stamp: number): readonly E[] {
    // rules ask for lists thousands of times per keystroke: the hit allocates nothing
    const k = this.lists.get(key);
    if (k && k.stamps[0] === stamp) return k.list;
    return this.kept(this.lists, key, [key], [stamp]);
  }

  /** The entries under any of `keys`, each once, in index order; `stamps` as for `list`. Shared: copy before changing. */
  union(keys: readonly string[], stamps: readonly number[]): readonly E[] {
    // callers pass a handful of fixed key sets (the workload kinds); keep the table bounded anyway
    if (this.unions.size >= 100) this.unions.clear();
    return this.kept(this.unions, keys.join('\n'), keys, stamps);
  }

  /** The list of `keys` from `store` if their stamps still match; else extended or put together again. */
  private kept(store: Map<string, Kept<E>>, id: string, keys: readonly string[], stamps: readonly number[]): E[] {
    const k = store.get(id);
    if (k && k.stamps.every((s, i) => s === stamps[i])) return k.list;
    // only new files came since: theirs come last in index order (a new array: callers may hold the old one)
    const list =
      k && keys.every((key) => (this.lastRewrite.get(key) ?? 0) <= k.op)
        ? k.list.concat(this.collectSince(keys, k.seq))
        : keys.length === 1
          ? this.collectOne(keys[0])
          : this.collect(keys);
    store.set(id, { stamps: [...stamps], list, op: this.op, seq: this.nextSeq });
    return list;
  }

  /** The entries under `keys` of the files filed at place `from` or later, in index order. */
  private collectSince(keys: readonly string[], from: number): E[] {
    const out: E[] = [];
    for (let at = from; at < this.nextSeq; at++) {
      const uri = this.uriAt[at];
      if (uri === undefined) continue;
      // a document under two of the keys is listed once; most files have entries under one key only
      let first: E[] | undefined;
      let more: Set<E> | undefined;
      for (const key of keys) {
        const l: E[] | undefined = this.byKey.get(key)?.get(uri);
        if (!l) continue;
        if (!first) first = l;
        else {
          more ??= new Set(first);
          for (const e of l) more.add(e);
        }
      }
      if (more) out.push(...[...more].sort((a, b) => a.doc.index - b.doc.index));
      else if (first) out.push(...first);
    }
    return out;
  }

  private collectOne(key: string): E[] {
    const files = this.byKey.get(key);
    return files ? this.ordered([...files.entries()]).flatMap(([, l]) => l) : [];
  }

  private collect(keys: readonly string[]): E[] {
    const byFile = new Map<string, Set<E>>();
    for (const key of keys) {
      for (const [uri, l] of this.byKey.get(key) ?? []) {
        let set = byFile.get(uri);
        if (!set) byFile.set(uri, (set = new Set()));
        for (const e of l) set.add(e);
      }
    }
    return this.ordered([...byFile.entries()]).flatMap(([, s]) => [...s].sort((a, b) => a.doc.index - b.doc.index));
  }

  private ordered<T>(files: [string, T][]): [string, T][] {
    return files.sort((a, b) => (this.seq.get(a[0]) ?? 0) - (this.seq.get(b[0]) ?? 0));
  }

  private drop(uri: string): void {
    for (const key of this.keysOfFile.get(uri) ?? []) {
      const files = this.byKey.get(key);
      files?.delete(uri);
      if (files && !files.size) this.byKey.delete(key);
    }
    this.keysOfFile.delete(uri);
  }
}
