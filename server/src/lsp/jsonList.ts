/**
 * Whole-file list answers sent as kept JSON (stdio): a big file's outline and links are thousands
 * of items, kept per document (PerDocumentAnswer), and `JSON.stringify` of the whole list on every
 * request cost more than building it. Here each document's items are kept as their JSON text, and
 * the message encoder (messageEncoder.ts) splices the parts into the response. Only for a
 * transport whose writer we own: over Node IPC the process channel stringifies the message itself,
 * so there the handlers answer plain lists (`toJSON` keeps any other writer correct, not fast).
 */
import { PerDocumentAnswer } from '../core/nav/index';
import type { DocUnit, SourceFile } from '../core/types';

/**
 * A JSON array given as the JSON texts of its elements' runs (each part: items joined by commas,
 * no brackets), as strings or as their UTF-8 bytes (kept diagnostics: copied, not encoded again).
 */
export class JsonList {
  constructor(readonly parts: readonly (string | Uint8Array)[]) {}

  toJSON(): unknown {
    const text = (p: string | Uint8Array) => (typeof p === 'string' ? p : new TextDecoder().decode(p));
    return JSON.parse(
      `[${this.parts
        .filter((p) => p.length)
        .map(text)
        .join(',')}]`,
    );
  }
}

/** The answer of a per-document list: plain items, or their kept JSON when the writer splices. */
export interface ListAnswer<T> {
  get(file: SourceFile): T[] | JsonList;
}

/** `make` answers for one document, in the file's positions; `splice`: keep and send JSON text */
export function perDocumentList<T>(splice: boolean, make: (file: SourceFile, doc: DocUnit) => T[]): ListAnswer<T> {
  if (!splice) return new PerDocumentAnswer(make);
  const json = new PerDocumentAnswer((file, doc) => {
    const items = make(file, doc);
    return items.length ? [JSON.stringify(items).slice(1, -1)] : [];
  });
  const lists = new WeakMap<SourceFile, JsonList>();
  return {
    get(file) {
      let list = lists.get(file);
      if (!list) lists.set(file, (list = new JsonList(json.get(file))));
      return list;
    },
  };
}
