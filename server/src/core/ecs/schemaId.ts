/** The schema an ECS document is checked against (committed under schemas/ecs/). */
import { ID_BASE } from '../schema/sources';
import type { EcsKind } from './kind';

export const ecsSchemaId = (kind: EcsKind): string => `${ID_BASE}ecs/${kind.type}.schema.json`;
