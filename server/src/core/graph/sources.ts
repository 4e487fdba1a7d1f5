/** Where a graph node comes from, as offsets; and the workspace's documents in a fixed order. */
import type { AstNode, JsonPath } from '../parse/tree';
import { findNodeAtPath } from '../parse/tree';
import type { DocEntry } from '../workspace';
import type { SourceSpan } from './model';

/** a whole document, from its first key (not its `---` line or leading comments), so a click lands on the object */
export const docSpan = (e: DocEntry): SourceSpan => {
  const start = e.doc.root ? e.doc.root.offset : e.doc.offset;
  return { uri: e.file.uri, offset: start, length: Math.max(0, e.doc.offset + e.doc.length - start) };
};

export const astSpan = (e: DocEntry, n: AstNode | undefined): SourceSpan =>
  n ? { uri: e.file.uri, offset: n.offset, length: n.length } : docSpan(e);

/** the span of the value at `path` under the document root, else the whole document */
export const pathSpan = (e: DocEntry, path: JsonPath, from: AstNode | undefined = e.doc.root): SourceSpan =>
  astSpan(e, findNodeAtPath(from, path));

/**
 * Documents sorted by uri and position: nodes that merge facts from several documents then list
 * them in the same order however the workspace was filled.
 */
export function sorted(entries: DocEntry[]): DocEntry[] {
  return [...entries]
    .filter((e) => !e.doc.templated)
    .sort((a, b) => (a.file.uri < b.file.uri ? -1 : a.file.uri > b.file.uri ? 1 : a.doc.index - b.doc.index));
}
