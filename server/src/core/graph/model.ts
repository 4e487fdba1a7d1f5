/**
 * The architecture graph: typed nodes and edges with their sources in offsets. Built from the
 * workspace by ecs.ts / k8s.ts / eksctl.ts, printed by mermaid.ts. Node ids are stable keys made
 * from kind + scope + name (never from document order), so the same workspace gives the same graph.
 */

import type { EdgeKind, GroupKind, NodeKind } from '../../../../shared/src/kinds';

export type { EdgeKind, GroupKind, NodeKind };

export interface SourceSpan {
  uri: string;
  offset: number;
  length: number;
}

export interface GraphNode {
  /** stable key, e.g. `ecs-service:shop/shop-web` */
  id: string;
  kind: NodeKind;
  label: string;
  /** key of the subgraph (cluster/namespace) the node sits in; undefined = top level */
  group?: string;
  facts: string[];
  sources: SourceSpan[];
  /** referenced but not defined in the workspace */
  missing?: boolean;
  /** messages of error/warning findings inside the node's sources */
  problems: string[];
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}

export interface GraphGroup {
  key: string;
  kind: GroupKind;
  label: string;
  /** enclosing group (a namespace inside its EKS cluster) */
  parent?: string;
  sources: SourceSpan[];
  facts: string[];
}

export interface ArchitectureGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups: GraphGroup[];
}

/** The account-level resources (roles, repositories, secrets, file systems) share one subgraph. */
export const AWS_GROUP = 'aws';

/** What one family's graph builder leaves for the ones after it (families run in registry order). */
export interface GraphShared {
  /** the EKS clusters the eksctl configs define (Kubernetes namespaces nest inside the only one) */
  eks?: { clusterGroup?: string; nodeGroups: { id: string; labels: Record<string, string> }[] };
}

export const nodeId = (kind: NodeKind, ...parts: string[]): string => `${kind}:${parts.join('/')}`;

/**
 * Collects nodes and edges; the same id met twice merges (sources and facts add up, a defined node
 * wins over a missing one). `finish()` sorts everything so the output does not depend on file order.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly groups = new Map<string, GraphGroup>();

  node(
    kind: NodeKind,
    id: string,
    init: { label: string; group?: string; facts?: string[]; source?: SourceSpan; missing?: boolean },
  ): GraphNode {
    let n = this.nodes.get(id);
    if (!n) {
      n = {
        id,
        kind,
        label: init.label,
        group: init.group,
        facts: [],
        sources: [],
        problems: [],
        ...(init.missing ? { missing: true } : {}),
      };
      this.nodes.set(id, n);
    } else if (n.missing && !init.missing) {
      // the real definition replaces the placeholder made by an earlier reference
      n.label = init.label;
      n.group = init.group ?? n.group;
      delete n.missing;
    }
    for (const f of init.facts ?? []) if (!n.facts.includes(f)) n.facts.push(f);
    if (init.source) addSource(n.sources, init.source);
    return n;
  }

  /** a reference target: the node when it exists, else a missing placeholder (merged away if defined later) */
  ref(kind: NodeKind, id: string, init: { label: string; group?: string; facts?: string[] }): GraphNode {
    return this.nodes.get(id) ?? this.node(kind, id, { ...init, missing: true });
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }
  get(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  edge(from: string, to: string, kind: EdgeKind, label?: string): void {
    if (from === to) return;
    const key = `${from}\u0000${to}\u0000${kind}\u0000${label ?? ''}`;
    if (!this.edges.has(key)) this.edges.set(key, label ? { from, to, kind, label } : { from, to, kind });
  }

  group(key: string, init: { kind: GroupKind; label: string; parent?: string; source?: SourceSpan; facts?: string[] }): GraphGroup {
    let g = this.groups.get(key);
    if (!g) {
      g = { key, kind: init.kind, label: init.label, parent: init.parent, sources: [], facts: [] };
      this.groups.set(key, g);
    }
    if (init.parent && !g.parent) g.parent = init.parent;
    for (const f of init.facts ?? []) if (!g.facts.includes(f)) g.facts.push(f);
    if (init.source) addSource(g.sources, init.source);
    return g;
  }

  hasGroup(key: string): boolean {
    return this.groups.has(key);
  }

  finish(): ArchitectureGraph {
    const nodes = [...this.nodes.values()].sort((a, b) => cmp(a.id, b.id));
    for (const n of nodes) n.sources.sort(cmpSource);
    const ids = new Set(nodes.map((n) => n.id));
    const edges = [...this.edges.values()].filter((e) => ids.has(e.from) && ids.has(e.to)).sort(cmpEdge);
    // a group that ended up empty (every node moved elsewhere) is still printed when it has a source
    const groups = [...this.groups.values()].sort((a, b) => cmp(a.key, b.key));
    for (const g of groups) g.sources.sort(cmpSource);
    return { nodes, edges, groups };
  }
}

function addSource(list: SourceSpan[], s: SourceSpan): void {
  if (!list.some((x) => x.uri === s.uri && x.offset === s.offset && x.length === s.length))
    list.push({ uri: s.uri, offset: s.offset, length: s.length });
}

/** code-unit order, not locale order: the same on every machine */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const cmpSource = (a: SourceSpan, b: SourceSpan): number => cmp(a.uri, b.uri) || a.offset - b.offset || a.length - b.length;
export const cmpEdge = (a: GraphEdge, b: GraphEdge): number =>
  cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind) || cmp(a.label ?? '', b.label ?? '');
