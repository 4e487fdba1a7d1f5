/** Every rule we ship. Each lives in its own file; add new ones to this list. */
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

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
