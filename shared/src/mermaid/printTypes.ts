/**
 * The Mermaid printer's contract (print.ts): what it reads (a diagram outline or a part of one),
 * how ids and arrows are spelled, the options a caller passes and what it gets back.
 */
import type { EdgeKind, NodeKind } from '../kinds';
import type { PrintedRef } from '../outline';
import { arrow } from '../style';
import { assignIds } from './ids';

/** what the printer reads: a DiagramOutline fits, and so does a part of one */
export interface PrintNode {
  id: string;
  kind: NodeKind;
  label: string;
  group?: string;
  missing?: boolean;
  problems: readonly unknown[];
}
export interface PrintEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}
export interface PrintGroup {
  id: string;
  label: string;
  parent?: string;
}
export interface Printable {
  nodes: readonly PrintNode[];
  edges: readonly PrintEdge[];
  groups: readonly PrintGroup[];
}

/** how ids and arrows are spelled; the view never depends on either (a test prints with another scheme) */
export interface PrintScheme {
  arrow(kind: EdgeKind): string;
  /** stable key → Mermaid id (letters, digits, `_`), one per key, for node (`n_`), group (`g_`) and folded group (`c_`) prefixes */
  ids(prefix: 'n_' | 'g_' | 'c_', keys: string[]): Map<string, string>;
}

export const DEFAULT_SCHEME: PrintScheme = { arrow, ids: assignIds };

export interface MermaidOptions {
  direction?: 'LR' | 'TB';
  /** Mermaid's own default maxTextSize */
  maxTextSize?: number;
  /** Mermaid's own default maxEdges */
  maxEdges?: number;
  /** print the legend subgraph (default true: the text stands alone; the webview draws its own) */
  legend?: boolean;
  /** the one node printed when there is nothing to show */
  emptyText?: string;
  scheme?: PrintScheme;
  /** groups always folded into one node each (a view's overview); more fold when the text would not fit */
  fold?: ReadonlySet<string>;
  /** the lines of a folded group's node (default: "label: N resources" and its problem count) */
  foldLines?: (group: PrintGroup, members: readonly PrintNode[]) => string[];
  /** text put before a node's name (a view's kind glyph); never user text */
  prefix?: (kind: NodeKind) => string;
}

export interface MermaidOutput {
  text: string;
  /** Mermaid id → the node or group it stands for (folded groups included) */
  ids: Record<string, PrintedRef>;
  collapsed: boolean;
  nodeCount: number;
  edgeCount: number;
}

export const DEFAULT_MAX_TEXT = 50000;
export const DEFAULT_MAX_EDGES = 500;
