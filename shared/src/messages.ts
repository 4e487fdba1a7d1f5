/**
 * Messages between the extension and the diagram webview, typed both ways. Imported by the
 * extension (client/src/diagram) and by the webview bundle (client/src/webview); no vscode import.
 */
import type { DiagramResult } from './diagram';
import type { PrintedRef } from './outline';
import type { ViewMode } from './view/view';

export type { DiagramResult } from './diagram';

/** Mermaid's built-in themes we offer */
export type MermaidTheme = 'default' | 'dark' | 'neutral' | 'forest' | 'base';

/** Mermaid's layout engines we bundle: dagre (our default, bench/diagramLayouts.mjs) and ELK (Mermaid 12's own default, bundled with it) */
export type DiagramLayout = 'elk' | 'dagre';
export const DIAGRAM_LAYOUTS: readonly DiagramLayout[] = ['dagre', 'elk'];

/** extension → webview */
export type ToWebview =
  | {
      type: 'render';
      /** increases with every render the extension sends; the webview answers with it */
      seq: number;
      result: DiagramResult;
      theme: MermaidTheme;
      /** the folder the diagram is limited to, if any */
      scope?: { uri: string; label: string };
      /** show this file's neighbourhood: applied once per `id` (a redraw keeps where the user went since) */
      focus?: { uri: string; label: string; id: number };
      /** Mermaid's layout engine (default dagre) */
      layout?: DiagramLayout;
    }
  /** the extension could not get a diagram (server not ready, request failed) */
  | { type: 'error'; message: string }
  /** export: send back the SVG of what is shown */
  | { type: 'getSvg'; requestId: number };

/** webview → extension */
export type FromWebview =
  /** the script is running and listening: send the first render */
  | { type: 'ready' }
  /** a node or group was clicked: open where it is defined (the extension looks it up in the outline it sent) */
  | { type: 'open'; target: PrintedRef }
  /** a render finished (or failed to parse/draw) */
  | { type: 'rendered'; seq: number; ok: boolean; nodes: number; ms: number; error?: string }
  | { type: 'svg'; requestId: number; svg?: string; error?: string }
  /** toolbar buttons that need the extension */
  | { type: 'command'; command: 'copyMermaid' | 'export' | 'showAll' }
  /** what the view shows now (level and kind filter): what Copy and Export save */
  | { type: 'view'; mode: ViewMode; hiddenKinds: string[] };

/** what the webview keeps with vscode.setState, and the serializer hands back after a reload */
export interface WebviewState {
  scopeUri?: string;
  view?: { scale: number; x: number; y: number };
  /** the level shown: overview, a group in detail, a file's neighbourhood */
  mode?: ViewMode;
  /** the last focus request applied (ToWebview render.focus.id) */
  focusId?: number;
  hiddenKinds?: string[];
  search?: string;
  legendOpen?: boolean;
}

export function isFromWebview(m: unknown): m is FromWebview {
  if (!m || typeof m !== 'object') return false;
  const t = (m as { type?: unknown }).type;
  return t === 'ready' || t === 'open' || t === 'rendered' || t === 'svg' || t === 'command' || t === 'view';
}
