/**
 * Whole-file answers (outline, links, lens anchors) built from per-document parts, kept per
 * document. A big multi-document YAML file is ~2,000 documents and a keystroke changes one:
 * `reanalyze` gives the edited document a new DocUnit and keeps the others (moved, unchanged),
 * so a part is reused while its DocUnit is the same and it starts at the same line and column
 * (its own text unchanged and starting where it did, every position in it is unchanged). The
 * assembled list is kept per analysis (SourceFile), so asking again for the same version is free.
 */
import type { DocUnit, SourceFile } from '../types';

interface Part<T> {
  line: number;
  character: number;
  items: T[];
}

export class PerDocumentAnswer<T> {
  private readonly parts = new WeakMap<DocUnit, Part<T>>();
  private readonly files = new WeakMap<SourceFile, T[]>();
  /** how many parts were built (tests read it to see what an edit invalidated) */
  built = 0;

  /** `make` answers for one document, in the file's positions */
  constructor(private readonly make: (file: SourceFile, doc: DocUnit) => T[]) {}

  get(file: SourceFile): T[] {
    const kept = this.files.get(file);
    if (kept) return kept;
    const all: T[] = [];
    for (const doc of file.docs) {
      const { line, character } = file.lines.positionAt(doc.offset);
      let part = this.parts.get(doc);
      if (!part || part.line !== line || part.character !== character) {
        part = { line, character, items: this.make(file, doc) };
        this.parts.set(doc, part);
        this.built++;
      }
      for (const x of part.items) all.push(x);
    }
    this.files.set(file, all);
    return all;
  }
}
