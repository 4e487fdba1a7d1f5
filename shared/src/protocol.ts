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

/** a Kubernetes minor the upgrade command offers, with where EKS support stands on `today` */
export interface KubernetesVersionChoice {
  version: string;
  /** `unknown`: not (yet) in the EKS calendar the package carries */
  support: 'standard' | 'extended' | 'ended' | 'unknown';
  standardEnds?: string;
  extendedEnds?: string;
  /** Kubernetes objects in the workspace checked against this version now */
  objects: number;
}
export interface KubernetesVersionsResult {
  /** newest first */
  versions: KubernetesVersionChoice[];
  today: string;
}

export interface UpgradeCheckParams {
  /** the version to upgrade to (`1.35`) */
  to: string;
  /** workspace folder uris: files are named relative to them */
  roots?: string[];
}
/** where a span of the upgrade report links to: a file's line (0-based), both by the server's URIs */
export interface ReportLink {
  /** the report's line (0-based), and the span in it */
  reportLine: number;
  start: number;
  length: number;
  uri: string;
  line: number;
}

export interface UpgradeCheckResult {
  /** the report, per file and object; its file names and lines are linked by `links` */
  markdown: string;
  links: ReportLink[];
  objects: number;
  breaks: number;
  deprecated: number;
}

export const Methods = {
  documentInfo: 'ecsEksArchitect/documentInfo',
  diagram: 'ecsEksArchitect/diagram',
  indexChanged: 'ecsEksArchitect/indexChanged',
  tooLarge: 'ecsEksArchitect/tooLarge',
  kubernetesVersions: 'ecsEksArchitect/kubernetesVersions',
  upgradeCheck: 'ecsEksArchitect/upgradeCheck',
} as const;
