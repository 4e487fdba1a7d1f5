/** Context-dependent value completions registered by the ECS and Kubernetes modules. */
import type { CompletionContributor } from './types';

export const contributors: CompletionContributor[] = [];
