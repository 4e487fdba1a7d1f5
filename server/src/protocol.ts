/** Custom messages between the client and the server: a method literal and a typed RequestType, shared by both sides. */
import { RequestType, NotificationType } from 'vscode-languageserver-protocol';

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
export namespace DocumentInfoRequest {
  export const method = 'ecsEksArchitect/documentInfo' as const;
  export const type = new RequestType<DocumentInfoParams, DocumentInfo, void>(method);
}

import type { DiagramParams, DiagramResult } from './core/graph/types';
export type { DiagramParams, DiagramResult, DiagramNodeInfo, DiagramNodeSource } from './core/graph/types';
export namespace DiagramRequest {
  export const method = 'ecsEksArchitect/diagram' as const;
  export const type = new RequestType<DiagramParams, DiagramResult, void>(method);
}

/** the workspace index changed (a file was added, edited or removed): the diagram may redraw */
export namespace IndexChangedNotification {
  export const method = 'ecsEksArchitect/indexChanged' as const;
  export const type = new NotificationType<{ generation: number }>(method);
}

/** once per too-large file that looks like ours: tell the user it is not analysed */
export namespace TooLargeNotification {
  export const method = 'ecsEksArchitect/tooLarge' as const;
  export const type = new NotificationType<{ uri: string; size: number; limit: number }>(method);
}
