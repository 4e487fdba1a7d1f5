/** Extra hover facts registered by the ECS and Kubernetes modules (role ARNs, images, sizes…). */
import type { AstNode, JsonPath } from '../parse/tree';
import type { DocUnit, SourceFile } from '../types';
import type { SchemaStore } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';
// ECS
import { ecsHoverContributors } from '../ecs/hover/index';
// Kubernetes and EKS
import { k8sHoverContributors } from '../k8s/hover/index';

export interface HoverTarget {
  file: SourceFile;
  doc: DocUnit;
  node: AstNode;
  path: JsonPath;
  isKey: boolean;
}
export type HoverContributor = (t: HoverTarget, services: { workspace: WorkspaceIndex; store: SchemaStore }) => string | undefined;

export const hoverContributors: HoverContributor[] = [
  // ECS
  ...ecsHoverContributors,
  // Kubernetes and EKS
  ...k8sHoverContributors,
];
