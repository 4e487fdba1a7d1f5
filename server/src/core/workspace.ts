/** The index of every analysed file; cross-file rules, completion and the graph read it. */
import type { DocUnit, SourceFile } from './types';

export interface DocEntry { file: SourceFile; doc: DocUnit }

export class WorkspaceIndex {
  private readonly files = new Map<string, SourceFile>();
  /** bumps on every change; caches keyed on it (e.g. cross-file lookups) stay valid until it moves */
  generation = 0;

  set(file: SourceFile): void { this.files.set(file.uri, file); this.generation++; }
  delete(uri: string): void { if (this.files.delete(uri)) this.generation++; }
  get(uri: string): SourceFile | undefined { return this.files.get(uri); }
  has(uri: string): boolean { return this.files.has(uri); }
  get size(): number { return this.files.size; }
  allFiles(): IterableIterator<SourceFile> { return this.files.values(); }

  *entries(): Generator<DocEntry> {
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
