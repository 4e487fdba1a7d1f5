/**
 * The items of the collections the scanner (scanner.ts) has open, each collection's from its own
 * start to `top`: a collection's list is copied out at its exact length when it closes. A `[]` per
 * collection, pushed to, got room for sixteen at once and was copied again to fit; a big file's
 * tree is most of what its open keeps (and the young generation copies).
 */
import type { AstNode } from './tree';

export class OpenItems {
  private readonly items: AstNode[] = [];
  private top = 0;

  /** where the next collection's items start */
  get start(): number {
    return this.top;
  }

  push(item: AstNode): void {
    this.items[this.top++] = item;
  }

  /** How many items the collection starting at `base` has so far. */
  count(base: number): number {
    return this.top - base;
  }

  /** The items from `base` on, as the closing collection's list. */
  close(base: number): AstNode[] {
    const list = this.items.slice(base, this.top);
    this.top = base;
    return list;
  }

  /** The key texts of the map whose property nodes start at `base`. */
  keys(base: number): Set<unknown> {
    return new Set(this.items.slice(base, this.top).map((q) => q.children![0].value));
  }

  /**
   * Whether the map whose property nodes start at `base` has the key `k` already, by the key
   * nodes' text (`1` and `"1"` look alike there, and the scanner bails where the library would
   * not, which is only slower); `long`: the keys of a long map, where the scan would be quadratic.
   */
  hasKey(k: string, base: number, long: Set<unknown> | undefined): boolean {
    if (long) return long.has(k);
    for (let i = base; i < this.top; i++) if (this.items[i].children![0].value === k) return true;
    return false;
  }
}
