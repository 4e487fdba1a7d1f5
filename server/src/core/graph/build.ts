/**
 * The workspace → one ArchitectureGraph: ECS, eksctl and Kubernetes parts, findings attached to
 * the nodes they fall in, and optionally cut down to the cluster(s)/namespace(s) of one file.
 */
import type { Finding } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { AWS_GROUP, GraphBuilder, type ArchitectureGraph, type GraphNode, type GraphShared } from './model';
import { FAMILY_LIST } from '../families';

export interface BuildOptions {
  /** findings per uri; error/warning ones mark the nodes whose sources hold them */
  problems?: Map<string, Finding[]>;
  /** keep only what the documents of this file belong to (and their direct neighbours) */
  scopeUri?: string;
}

export function buildGraph(workspace: WorkspaceIndex, opts: BuildOptions = {}): ArchitectureGraph {
  const b = new GraphBuilder();
  const shared: GraphShared = {};
  for (const family of FAMILY_LIST) family.graph(b, workspace, shared);
  let graph = b.finish();
  if (graph.nodes.some((n) => n.group === AWS_GROUP)) {
    graph.groups.push({ key: AWS_GROUP, kind: 'aws', label: 'AWS account resources', sources: [], facts: [] });
    graph.groups.sort((a, c) => (a.key < c.key ? -1 : a.key > c.key ? 1 : 0));
  }
  if (opts.problems) attachProblems(graph.nodes, opts.problems);
  if (opts.scopeUri) graph = scope(graph, opts.scopeUri);
  return graph;
}

/**
 * A finding belongs to the innermost node whose source holds it (a container rather than its
 * task definition), so one mistake marks one node.
 */
function attachProblems(nodes: GraphNode[], problems: Map<string, Finding[]>): void {
  const byUri = new Map<string, { node: GraphNode; offset: number; length: number }[]>();
  for (const node of nodes) {
    for (const s of node.sources) {
      const list = byUri.get(s.uri) ?? [];
      list.push({ node, offset: s.offset, length: s.length });
      byUri.set(s.uri, list);
    }
  }
  for (const [uri, findings] of [...problems.entries()].sort((a, c) => (a[0] < c[0] ? -1 : a[0] > c[0] ? 1 : 0))) {
    const spans = byUri.get(uri);
    if (!spans) continue;
    const sortedFindings = [...findings].sort(
      (a, c) => a.offset - c.offset || (a.message < c.message ? -1 : a.message > c.message ? 1 : 0),
    );
    for (const f of sortedFindings) {
      if (f.severity !== 'error' && f.severity !== 'warning') continue;
      let best: { node: GraphNode; length: number } | undefined;
      for (const s of spans) {
        if (f.offset >= s.offset && f.offset < s.offset + Math.max(1, s.length) && (!best || s.length < best.length)) best = s;
      }
      if (best && !best.node.problems.includes(f.message)) best.node.problems.push(f.message);
    }
  }
}

/**
 * The groups this file's (or folder's) nodes (or the file's Namespace/cluster documents) sit in, with the groups
 * nested inside them; every node in those groups or defined in the file; and their direct
 * neighbours (the roles, repositories and secrets they point at).
 */
function scope(graph: ArchitectureGraph, uri: string): ArchitectureGraph {
  // a uri ending in "/" is a folder (the Explorer's "Show Architecture Diagram"): every file under it
  const inScope = uri.endsWith('/') ? (u: string) => u.startsWith(uri) : (u: string) => u === uri;
  const groups = new Set<string>();
  const keep = new Set<string>();
  for (const n of graph.nodes) {
    if (!n.sources.some((s) => inScope(s.uri))) continue;
    keep.add(n.id);
    if (n.group && n.group !== AWS_GROUP) groups.add(n.group);
  }
  for (const g of graph.groups) if (g.sources.some((s) => inScope(s.uri))) groups.add(g.key);
  // nested groups come along (a cluster file shows its namespaces)
  for (let grew = true; grew;) {
    grew = false;
    for (const g of graph.groups)
      if (g.parent && groups.has(g.parent) && !groups.has(g.key)) {
        groups.add(g.key);
        grew = true;
      }
  }
  for (const n of graph.nodes) if (n.group && groups.has(n.group)) keep.add(n.id);
  const core = new Set(keep);
  for (const e of graph.edges) {
    if (core.has(e.from)) keep.add(e.to);
    if (core.has(e.to)) keep.add(e.from);
  }
  const nodes = graph.nodes.filter((n) => keep.has(n.id));
  const used = new Set<string>();
  for (const n of nodes) for (let k = n.group; k && !used.has(k); k = graph.groups.find((g) => g.key === k)?.parent) used.add(k);
  return {
    nodes,
    edges: graph.edges.filter((e) => keep.has(e.from) && keep.has(e.to)),
    groups: graph.groups.filter((g) => used.has(g.key) || groups.has(g.key)),
  };
}
