/** The index of every analysed file; cross-file rules, completion and the graph read it. */
import type { DocUnit, SourceFile } from './types';

export interface DocEntry { file: SourceFile; doc: DocUnit }

export class WorkspaceIndex {
  private readonly files = new Map<string, SourceFile>();
  private gen = 0;
  /**
   * Counts every read. Work that leaves it unchanged depended on nothing outside its own
   * document, so validate.ts may keep its result until that document changes.
   */
  reads = 0;

  /** bumps on every change; caches keyed on it (e.g. cross-file lookups) stay valid until it moves */
  get generation(): number { this.reads++; return this.gen; }
  /** only for timing code that simulates an edit without changing a file */
  set generation(value: number) { this.gen = value; }

  set(file: SourceFile): void { this.files.set(file.uri, file); this.gen++; }
  delete(uri: string): void { if (this.files.delete(uri)) this.gen++; }
  get(uri: string): SourceFile | undefined { this.reads++; return this.files.get(uri); }
  has(uri: string): boolean { this.reads++; return this.files.has(uri); }
  get size(): number { this.reads++; return this.files.size; }
  allFiles(): IterableIterator<SourceFile> { this.reads++; return this.files.values(); }

  *entries(): Generator<DocEntry> {
    this.reads++;
    for (const file of this.files.values()) for (const doc of file.docs) yield { file, doc };
  }

  ecs(type: string): DocEntry[] { return [...(this.byFamily().ecs.get(type) ?? [])]; }

  k8s(kind?: string): DocEntry[] {
    const f = this.byFamily();
    return [...(kind ? f.k8s.get(kind) ?? [] : f.k8sAll)];
  }

  eksctl(): DocEntry[] { return [...this.byFamily().eksctl]; }

  /**
   * Documents by family and type, built once per generation: cross-file rules ask for them for
   * every document they check, and a scan of every file each time dominated a keystroke.
   * Callers get copies, so they may sort or filter them.
   */
  private families?: { gen: number; ecs: Map<string, DocEntry[]>; k8s: Map<string, DocEntry[]>; k8sAll: DocEntry[]; eksctl: DocEntry[] };

  private byFamily(): NonNullable<WorkspaceIndex['families']> {
    this.reads++;
    if (this.families?.gen === this.gen) return this.families;
    const f = { gen: this.gen, ecs: new Map<string, DocEntry[]>(), k8s: new Map<string, DocEntry[]>(), k8sAll: [] as DocEntry[], eksctl: [] as DocEntry[] };
    const add = (m: Map<string, DocEntry[]>, key: string, e: DocEntry) => { const l = m.get(key); if (l) l.push(e); else m.set(key, [e]); };
    for (const file of this.files.values()) {
      for (const doc of file.docs) {
        const k = doc.kind;
        if (k.family === 'ecs') add(f.ecs, k.type, { file, doc });
        else if (k.family === 'k8s') { const e = { file, doc }; add(f.k8s, k.kind, e); f.k8sAll.push(e); }
        else if (k.family === 'eksctl') f.eksctl.push({ file, doc });
      }
    }
    this.families = f;
    return f;
  }
}
