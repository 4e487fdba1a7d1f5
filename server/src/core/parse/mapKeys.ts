/**
 * The keys of one map so far, to find a duplicate: a list while short (most maps), a set once long
 * (a ConfigMap's data, a values file), where the list made the check quadratic. For the CST
 * conversion (cstTree.ts); the scanner's block maps look at their items (openItems.ts).
 */
export class MapKeys {
  private list: unknown[] = [];
  private set: Set<unknown> | undefined;

  has(v: unknown): boolean {
    return this.set ? this.set.has(v) : this.list.includes(v);
  }

  add(v: unknown): void {
    if (this.set) this.set.add(v);
    else if (this.list.push(v) > 16) this.set = new Set(this.list);
  }
}
