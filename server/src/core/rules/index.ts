/**
 * Every rule we ship, gathered from the families' lists. A rule lives in its own file and is
 * registered in its family's list (`ecs/index.ts`, `k8s/index.ts`), not here.
 */
import type { Rule } from './rule';
// ECS
import { ecsRules } from './ecs/index';
// Kubernetes and EKS
import { k8sRules } from './k8s/index';

export const allRules: Rule[] = [
  // ECS
  ...ecsRules,
  // Kubernetes and EKS
  ...k8sRules,
];
