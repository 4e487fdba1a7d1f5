/** Context-dependent value completions registered by the ECS and Kubernetes modules. */
import type { CompletionContributor } from './types';
// ECS
import { ecsCompletionContributors } from '../ecs/complete/index';
// Kubernetes and EKS
import { k8sCompletionContributors } from '../k8s/complete/index';

export const contributors: CompletionContributor[] = [
  // ECS
  ...ecsCompletionContributors,
  // Kubernetes and EKS
  ...k8sCompletionContributors,
];
