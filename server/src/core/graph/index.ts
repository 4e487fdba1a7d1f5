/**
 * The diagram request in one call: workspace → graph → Mermaid text, plus what the webview needs
 * per Mermaid node id (label, kind, where it is defined, facts, problems).
 */
import type { Finding } from '../types';
import type { WorkspaceIndex } from '../workspace';
import type { DiagramNodeInfo, DiagramNodeSource, DiagramResult } from './types';
import type { ArchitectureGraph, SourceSpan } from './model';
import { buildGraph } from './build';
import { toMermaid, type MermaidOptions } from './mermaid';
import { cleanText } from './escape';

export { buildGraph } from './build';
export { toMermaid } from './mermaid';
export type { ArchitectureGraph, GraphNode, GraphEdge, GraphGroup, NodeKind, EdgeKind } from './model';

export interface RenderOptions {
  direction?: 'LR' | 'TB';
  scopeUri?: string;
  problems?: Map<string, Finding[]>;
  maxTextSize?: number;
  maxEdges?: number;
}

/** at most this many sources per node in the result (a folded namespace can hold hundreds) */
const MAX_SOURCES = 50;

export function renderDiagram(workspace: WorkspaceIndex, opts: RenderOptions = {}): DiagramResult {
  const graph = buildGraph(workspace, { problems: opts.problems, scopeUri: opts.scopeUri });
  const mopts: MermaidOptions = { direction: opts.direction, maxTextSize: opts.maxTextSize, maxEdges: opts.maxEdges };
  const m = toMermaid(graph, mopts);
  return {
    mermaid: m.text,
    nodes: nodeInfos(workspace, graph, m.ids, m.members),
    stats: { nodes: graph.nodes.length, edges: graph.edges.length, collapsed: m.collapsed },
  };
}

function nodeInfos(
  ws: WorkspaceIndex,
  graph: ArchitectureGraph,
  ids: Record<string, string>,
  members: Record<string, string[]>,
): Record<string, DiagramNodeInfo> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const groups = new Map(graph.groups.map((g) => [g.key, g]));
  const where = (spans: SourceSpan[]): DiagramNodeSource[] =>
    spans.slice(0, MAX_SOURCES).flatMap((s) => {
      const file = ws.get(s.uri);
      return file ? [{ uri: s.uri, ...file.lines.positionAt(s.offset) }] : [];
    });
  const out: Record<string, DiagramNodeInfo> = {};
  for (const mid of Object.keys(ids).sort()) {
    const ref = ids[mid];
    const node = byId.get(ref);
    if (node) {
      out[mid] = {
        label: cleanText(node.label, 200),
        kind: node.kind,
        sources: where(node.sources),
        facts: node.facts.map((f) => cleanText(f, 300)),
        problems: node.problems,
        ...(node.missing ? { missing: true } : {}),
      };
      continue;
    }
    const g = groups.get(ref.replace(/^group:/, ''));
    if (!g) continue;
    const inside = (members[mid] ?? []).map((id) => byId.get(id)).filter((n) => !!n);
    if (inside.length) {
      // a folded group: its own sources first, then its members'
      const spans = [...g.sources, ...inside.flatMap((n) => n.sources)];
      const counts = new Map<string, number>();
      for (const n of inside) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
      out[mid] = {
        label: cleanText(g.label, 200),
        kind: 'collapsed',
        sources: where(spans),
        facts: [...[...counts.entries()].sort().map(([k, c]) => `${c} × ${k}`), ...g.facts],
        problems: [...new Set(inside.flatMap((n) => n.problems))],
      };
    } else {
      out[mid] = { label: cleanText(g.label, 200), kind: g.kind, sources: where(g.sources), facts: g.facts, problems: [] };
    }
  }
  return out;
}
