/** The ECS completion contributors, registered in complete/contributors.ts. */
import type { CompletionContributor } from '../../complete/types';
import { fargateSizeCompletion } from './fargateSize';
import { logOptionsCompletion } from './logOptions';
import { serviceRefsCompletion } from './serviceRefs';
import { roleArnCompletion } from './roleArns';

export const ecsCompletionContributors: CompletionContributor[] = [
  fargateSizeCompletion,
  logOptionsCompletion,
  serviceRefsCompletion,
  roleArnCompletion,
];
