/** The custom LSP messages as typed objects, for the client and the server (not the webview). */
import { RequestType, NotificationType } from 'vscode-languageserver-protocol';
import {
  Methods,
  type DiagramParams,
  type DiagramResult,
  type DocumentInfo,
  type DocumentInfoParams,
  type IndexChangedParams,
  type TooLargeParams,
  type KubernetesVersionsResult,
  type UpgradeCheckParams,
  type UpgradeCheckResult,
} from './protocol';

export * from './protocol';

export namespace DocumentInfoRequest {
  export const method = Methods.documentInfo;
  export const type = new RequestType<DocumentInfoParams, DocumentInfo, void>(method);
}

export namespace DiagramRequest {
  export const method = Methods.diagram;
  export const type = new RequestType<DiagramParams, DiagramResult, void>(method);
}

export namespace IndexChangedNotification {
  export const method = Methods.indexChanged;
  export const type = new NotificationType<IndexChangedParams>(method);
}

export namespace TooLargeNotification {
  export const method = Methods.tooLarge;
  export const type = new NotificationType<TooLargeParams>(method);
}

export namespace KubernetesVersionsRequest {
  export const method = Methods.kubernetesVersions;
  export const type = new RequestType<Record<string, never>, KubernetesVersionsResult, void>(method);
}

export namespace UpgradeCheckRequest {
  export const method = Methods.upgradeCheck;
  export const type = new RequestType<UpgradeCheckParams, UpgradeCheckResult, void>(method);
}
