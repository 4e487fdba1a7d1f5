/**
 * The diagram request in one call: workspace → graph → outline (the structure a view works from)
 * and the whole diagram printed as Mermaid (what the CLI prints, Copy and Export save).
 */
import type { Finding } from '../types';
import type { WorkspaceIndex } from '../workspace';
import type { DiagramResult } from '../../../../shared/src/diagram';
import { toMermaid, type MermaidOptions } from '../../../../shared/src/mermaid/print';
import { buildGraph } from './build';
import { toOutline } from './outline';

export { buildGraph } from './build';
export type { ArchitectureGraph, GraphNode, GraphEdge, GraphGroup, NodeKind, EdgeKind } from './model';

export interface RenderOptions {
  direction?: 'LR' | 'TB';
  scopeUri?: string;
  problems?: Map<string, Finding[]>;
  maxTextSize?: number;
  maxEdges?: number;
  /** print the legend into the Mermaid text (default true) */
  legend?: boolean;
}

export function renderDiagram(workspace: WorkspaceIndex, opts: RenderOptions = {}): DiagramResult {
  const graph = buildGraph(workspace, { problems: opts.problems, scopeUri: opts.scopeUri });
  const outline = toOutline(workspace, graph);
  const mopts: MermaidOptions = { direction: opts.direction, maxTextSize: opts.maxTextSize, maxEdges: opts.maxEdges, legend: opts.legend };
  const m = toMermaid(outline, mopts);
  return {
    mermaid: m.text,
    ids: m.ids,
    outline,
    direction: opts.direction === 'TB' ? 'TB' : 'LR',
    stats: { nodes: graph.nodes.length, edges: graph.edges.length, collapsed: m.collapsed },
  };
}
