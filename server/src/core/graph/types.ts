/** What the diagram request returns; shared by the core, the LSP adapter, the CLI and the webview. */
export interface DiagramParams {
  /** limit to the cluster/namespace of this file */
  scopeUri?: string;
  direction?: 'LR' | 'TB';
}
export interface DiagramNodeSource {
  uri: string;
  line: number;
  character: number;
}
export interface DiagramNodeInfo {
  label: string;
  kind: string;
  sources: DiagramNodeSource[];
  facts: string[];
  problems: string[];
  /** referenced by another document but not defined in the workspace */
  missing?: boolean;
}
export interface DiagramResult {
  mermaid: string;
  /** Mermaid node id → where it is defined, and what to show on hover */
  nodes: Record<string, DiagramNodeInfo>;
  stats: { nodes: number; edges: number; collapsed: boolean };
}
