/**
 * The diagram's structure as data: what the server sends beside the Mermaid text, so a view can
 * filter, search, label and lay out nodes without reading Mermaid. Ids are the graph's stable keys
 * (`ecs-service:shop/shop-web`, `namespace:prod`): plain data, never printed into Mermaid (the
 * printer makes its own ids) or HTML. Every node names its group, every group its parent, so a
 * view can cut out one group or one node's neighbourhood and print only that.
 */
import type { EdgeKind, GroupKind, NodeKind } from './kinds';

/** zero-based, as in LSP */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface SourceLocation {
  uri: string;
  range: Range;
}

export interface OutlineNode {
  id: string;
  kind: NodeKind;
  /** cleaned plain text (no controls, no bidi marks), capped */
  label: string;
  /** id of the innermost group (cluster/namespace) it sits in; absent at top level */
  group?: string;
  /** where it is defined (at most 50), first is the main one */
  sources: SourceLocation[];
  facts: string[];
  /** messages of the error/warning findings inside its sources */
  problems: string[];
  /** referenced by another document but not defined in the workspace */
  missing?: boolean;
}

export interface OutlineEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}

export interface OutlineGroup {
  id: string;
  kind: GroupKind;
  label: string;
  /** enclosing group (a namespace inside its EKS cluster) */
  parent?: string;
  sources: SourceLocation[];
  facts: string[];
}

/** nodes sorted by id, edges by (from, to, kind, label), groups by id */
export interface DiagramOutline {
  nodes: OutlineNode[];
  edges: OutlineEdge[];
  groups: OutlineGroup[];
}

/** what one printed Mermaid element stands for: a node, a group's box, or a group folded into one node */
export type PrintedRef = { node: string } | { group: string; folded?: true };

/** the group and its ancestors, innermost first; a parent chain that loops stops where it repeats */
export function groupChain(parents: ReadonlyMap<string, string | undefined>, id: string | undefined): string[] {
  const out: string[] = [];
  for (let g = id; g !== undefined && !out.includes(g); g = parents.get(g)) out.push(g);
  return out;
}

export const parentMap = (o: DiagramOutline): Map<string, string | undefined> => new Map(o.groups.map((g) => [g.id, g.parent]));

/** what a view shows for a printed element: hover card, legend entry, where a click goes */
export interface Described {
  label: string;
  /** a node kind, a group kind, or `collapsed` for a folded group */
  kind: string;
  isGroup: boolean;
  sources: SourceLocation[];
  facts: string[];
  problems: string[];
  missing?: boolean;
}

const MAX_SOURCES = 50;

/** describe(), with the outline indexed once: for a view that looks up every drawn element */
export function describer(o: DiagramOutline): (ref: PrintedRef) => Described | undefined {
  const nodes = new Map(o.nodes.map((n) => [n.id, n]));
  const groups = new Map(o.groups.map((g) => [g.id, g]));
  const parents = parentMap(o);
  let inside: Map<string, OutlineNode[]> | undefined;
  const membersOfGroup = (id: string): OutlineNode[] => {
    if (!inside) {
      inside = new Map();
      for (const n of o.nodes) for (const g of groupChain(parents, n.group)) inside.set(g, [...(inside.get(g) ?? []), n]);
    }
    return inside.get(id) ?? [];
  };
  return (ref) => {
    if ('node' in ref) {
      const n = nodes.get(ref.node);
      return (
        n && { label: n.label, kind: n.kind, isGroup: false, sources: n.sources, facts: n.facts, problems: n.problems, missing: n.missing }
      );
    }
    const g = groups.get(ref.group);
    if (!g) return undefined;
    if (!ref.folded) return { label: g.label, kind: g.kind, isGroup: true, sources: g.sources, facts: g.facts, problems: [] };
    // a folded group: its own sources first, then its members'; what kinds it holds
    const members = membersOfGroup(g.id);
    const counts = new Map<string, number>();
    for (const n of members) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    return {
      label: g.label,
      kind: 'collapsed',
      isGroup: true,
      sources: [...g.sources, ...members.flatMap((n) => n.sources)].slice(0, MAX_SOURCES),
      facts: [...[...counts.entries()].sort().map(([k, c]) => `${c} × ${k}`), ...g.facts],
      problems: [...new Set(members.flatMap((n) => n.problems))],
    };
  };
}

export const describe = (o: DiagramOutline, ref: PrintedRef): Described | undefined => describer(o)(ref);
