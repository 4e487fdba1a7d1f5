/** The ECS hover contributors, registered in hover/contributors.ts. */
import type { HoverContributor } from '../../hover/contributors';
import { roleArnHover } from './roleArn';
import { imageHover } from './image';
import { taskSizeHover } from './taskSize';
import { serviceTaskDefinitionHover } from './serviceTaskDefinition';

export const ecsHoverContributors: HoverContributor[] = [roleArnHover, imageHover, taskSizeHover, serviceTaskDefinitionHover];
