/**
 * Our custom LSP messages, as plain types and method names: importable from every runtime,
 * the webview included. The typed RequestType/NotificationType objects are in requests.ts,
 * which only the client and the server import (it needs vscode-languageserver-protocol).
 */
export type { DiagramParams, DiagramResult } from './diagram';

export interface DocumentInfoParams {
  uri: string;
  offset?: number;
}
export interface DocumentInfo {
  ours: boolean;
  kinds: string[];
  schema?: string;
  tooLarge?: boolean;
  /** Kubernetes documents: the version they are checked against and where it comes from */
  kubernetesVersion?: string;
}

/** the workspace index changed (a file was added, edited or removed): the diagram may redraw */
export interface IndexChangedParams {
  generation: number;
}

/** once per too-large file that looks like ours: tell the user it is not analysed */
export interface TooLargeParams {
  uri: string;
  size: number;
  limit: number;
}

export const Methods = {
  documentInfo: 'ecsEksArchitect/documentInfo',
  diagram: 'ecsEksArchitect/diagram',
  indexChanged: 'ecsEksArchitect/indexChanged',
  tooLarge: 'ecsEksArchitect/tooLarge',
} as const;
