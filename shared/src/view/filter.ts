/**
 * The view's filters, worked out on the outline the server sent (never on Mermaid text): one
 * cluster/namespace with the nodes linked to it, without some kinds. Pure: unit-tested in Node.
 */
import type { DiagramOutline, OutlineNode } from '../outline';
import { groupChain, parentMap } from '../outline';

export interface FilterOptions {
  /** a group id: keep what is inside it (nested groups too) and what links to it */
  group?: string;
  /** node kinds to drop */
  hiddenKinds?: ReadonlySet<string>;
}

export interface Filtered {
  /** a part of the outline: its nodes, the edges between them, the groups they sit in */
  outline: DiagramOutline;
  shown: number;
  total: number;
}

export function filterOutline(o: DiagramOutline, opts: FilterOptions): Filtered {
  const total = o.nodes.length;
  const hidden = opts.hiddenKinds ?? new Set<string>();
  if (!opts.group && !hidden.size) return { outline: o, shown: total, total };
  const parents = parentMap(o);
  const kindOk = (n: OutlineNode) => !hidden.has(n.kind);
  const inGroup = (n: OutlineNode) => !opts.group || groupChain(parents, n.group).includes(opts.group);
  const keep = new Set(o.nodes.filter((n) => kindOk(n) && inGroup(n)).map((n) => n.id));
  if (opts.group) {
    // context: what the chosen group's nodes link to (roles, images, the cluster around a namespace)
    const core = new Set(keep);
    const byId = new Map(o.nodes.map((n) => [n.id, n]));
    const bring = (id: string) => {
      const n = byId.get(id);
      if (n && kindOk(n)) keep.add(id);
    };
    for (const e of o.edges) {
      if (core.has(e.from)) bring(e.to);
      if (core.has(e.to)) bring(e.from);
    }
  }
  const nodes = o.nodes.filter((n) => keep.has(n.id));
  const used = new Set<string>();
  for (const n of nodes) for (const g of groupChain(parents, n.group)) used.add(g);
  return {
    outline: { nodes, edges: o.edges.filter((e) => keep.has(e.from) && keep.has(e.to)), groups: o.groups.filter((g) => used.has(g.id)) },
    shown: nodes.length,
    total,
  };
}

/** groups for the cluster/namespace picker: those holding a node, parents before children, with their depth */
export function groupList(o: DiagramOutline): { id: string; label: string; depth: number }[] {
  const parents = parentMap(o);
  const used = new Set<string>();
  for (const n of o.nodes) for (const g of groupChain(parents, n.group)) used.add(g);
  const groups = o.groups.filter((g) => used.has(g.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const children = new Map<string | undefined, typeof groups>();
  for (const g of groups) {
    const parent = g.parent !== undefined && used.has(g.parent) ? g.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), g]);
  }
  const out: { id: string; label: string; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (id: string | undefined, depth: number) => {
    for (const g of children.get(id) ?? []) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      out.push({ id: g.id, label: g.label, depth });
      walk(g.id, depth + 1);
    }
  };
  walk(undefined, 0);
  // groups whose parents loop back on them never hang from the top: list them there
  for (const g of groups)
    if (!seen.has(g.id)) {
      seen.add(g.id);
      out.push({ id: g.id, label: g.label, depth: 0 });
      walk(g.id, 1);
    }
  return out;
}
