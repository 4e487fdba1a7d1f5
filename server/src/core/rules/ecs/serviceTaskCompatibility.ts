/** A Fargate service needs a task definition that requires FARGATE compatibility. */
import type { Rule } from '../rule';
import { valueOrKey } from '../../ecs/model';
import { serviceValue, runsOnFargate } from '../../ecs/service';
import { taskDefinitionOfService } from '../../ecs/refs';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceTaskCompatibility: Rule = {
  id: 'ecs/service-task-compatibility',
  severity: 'error',
  description: 'A service on Fargate must run a task definition whose requiresCompatibilities includes FARGATE.',
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc, ctx) {
    const s = serviceValue(doc);
    if (!s || !doc.body || !runsOnFargate(s)) return [];
    const td = taskDefinitionOfService(ctx.workspace, s);
    if (!td || td.fargate) return [];
    return [
      at(
        valueOrKey(doc.body, 'taskDefinition')!,
        `This service runs on Fargate, but task definition "${td.family}" does not list "FARGATE" in requiresCompatibilities. Add it (with awsvpc, task cpu and memory).`,
      ),
    ];
  },
};
