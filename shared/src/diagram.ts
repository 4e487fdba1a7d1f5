/** The diagram request and its answer: shared by the server, the CLI, the extension and the webview. */
import type { DiagramOutline, PrintedRef } from './outline';

export interface DiagramParams {
  /** limit to the cluster/namespace of this file (a uri ending in `/`: everything under that folder) */
  scopeUri?: string;
  direction?: 'LR' | 'TB';
}

export interface DiagramResult {
  /** the whole diagram as a Mermaid flowchart, with its legend: what the CLI prints, Copy and Export save */
  mermaid: string;
  /** Mermaid id in `mermaid` → what it stands for, for clients that show that text */
  ids: Record<string, PrintedRef>;
  /** the structure behind it: what a view filters, searches and draws from */
  outline: DiagramOutline;
  /** the direction `mermaid` was printed in; a view prints its parts the same way */
  direction: 'LR' | 'TB';
  stats: { nodes: number; edges: number; collapsed: boolean };
}

export const emptyDiagram = (): DiagramResult => ({
  mermaid: 'flowchart LR\n',
  ids: {},
  outline: { nodes: [], edges: [], groups: [] },
  direction: 'LR',
  stats: { nodes: 0, edges: 0, collapsed: false },
});
