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

  ecs(type: string): DocEntry[] {
    const out: DocEntry[] = [];
    for (const e of this.entries()) if (e.doc.kind.family === 'ecs' && e.doc.kind.type === type) out.push(e);
    return out;
  }

  k8s(kind?: string): DocEntry[] {
    const out: DocEntry[] = [];
    for (const e of this.entries()) if (e.doc.kind.family === 'k8s' && (!kind || e.doc.kind.kind === kind)) out.push(e);
    return out;
  }

  eksctl(): DocEntry[] {
    const out: DocEntry[] = [];
    for (const e of this.entries()) if (e.doc.kind.family === 'eksctl') out.push(e);
    return out;
  }
}
