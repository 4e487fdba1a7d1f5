/**
 * What a check found in one template entry (a resource under `Resources`), kept while the entry's
 * nodes are. The incremental re-parse (reanalyzeEntry.ts) gives an edited entry new nodes and keeps
 * every other entry's nodes, moving them when text above grew or shrank; a whole parse gives every
 * entry new nodes. So a keystroke in one resource of a 5,000-line template checks that resource
 * again and moves the others' findings.
 *
 * The contract is in the types: `compute` is handed the entry and nothing of the template, and the
 * memo is keyed by the entry's property node and by `key` (what else the findings depend on, such
 * as the specification, compared by identity). Findings are kept relative to the entry's offset.
 */
import type { AstNode } from '../parse/tree';
import type { Fix } from '../types';

/** a finding or anything placed like one: an offset, and fixes whose edits move with it */
export interface Placed {
  offset: number;
  fixes?: Fix[];
}

interface Kept<K, T> {
  key: K;
  /** the entry's offset when `items` were placed */
  at: number;
  items: readonly T[];
}

export class EntryMemo<K, T extends Placed> {
  private readonly kept = new WeakMap<AstNode, Kept<K, T>>();

  /** The findings of `entry` (a property node: key and value), computed once per entry node and key, moved with the node. */
  get(entry: AstNode, key: K, compute: (entry: AstNode) => readonly T[]): readonly T[] {
    const hit = this.kept.get(entry);
    if (hit && hit.key === key) {
      const by = entry.offset - hit.at;
      if (by !== 0) {
        hit.items = hit.items.map((i) => moved(i, by));
        hit.at = entry.offset;
      }
      return hit.items;
    }
    const items = compute(entry);
    this.kept.set(entry, { key, at: entry.offset, items });
    return items;
  }
}

function moved<T extends Placed>(item: T, by: number): T {
  const out = { ...item, offset: item.offset + by };
  if (item.fixes) out.fixes = item.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, offset: e.offset + by })) }));
  return out;
}
