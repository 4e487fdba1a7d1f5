/**
 * An ECS target whose task uses the awsvpc network mode (every Fargate task does) needs
 * `NetworkConfiguration.awsvpcConfiguration` with its subnets: without it each run fails to start
 * the task. The target of a task in another mode must not have one.
 */
import type { Rule, RuleFinding } from '../../rules/rule';
import { findTaskDefinitions } from '../../ecs/refs';
import { isObj } from '../../value';
import { at, pathSpan } from '../../rules/place';
import { ecsTargetsOf } from '../targets';
import { isAwsCli } from './guard';

export const ecsTargetNetwork: Rule = {
  id: 'awscli/ecs-target-network',
  severity: 'error',
  description: 'ECS targets of awsvpc (and Fargate) tasks need NetworkConfiguration.awsvpcConfiguration; other modes must not set it.',
  crossFile: true,
  appliesTo: (doc) => isAwsCli(doc, ['put-targets', 'create-schedule']),
  check(doc, ctx) {
    const out: RuleFinding[] = [];
    for (const t of ecsTargetsOf(doc)) {
      const td = t.taskDefinition ? findTaskDefinitions(ctx.workspace, t.taskDefinition)[0] : undefined;
      const fargate = t.ecs.LaunchType === 'FARGATE';
      const awsvpc = td ? td.networkMode === 'awsvpc' : fargate;
      const nc = t.ecs.NetworkConfiguration;
      const hasVpc = isObj(nc) && isObj(nc.awsvpcConfiguration);
      const why = td ? `task definition "${td.family}" uses the awsvpc network mode` : 'Fargate tasks use the awsvpc network mode';
      if (awsvpc && !hasVpc && t.ecsKey)
        out.push(
          at(
            t.ecsKey,
            `The ${why}, so this target must say where tasks get their network interfaces: add "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": [...], "SecurityGroups": [...] } } to EcsParameters.`,
          ),
        );
      if (td && td.networkMode !== 'awsvpc' && hasVpc)
        out.push(
          at(
            pathSpan(doc, [...t.path, 'EcsParameters', 'NetworkConfiguration'], true),
            `Task definition "${td.family}" uses the "${td.networkMode}" network mode; NetworkConfiguration is only for awsvpc tasks, and the run fails with it. Remove it or switch the task to awsvpc.`,
          ),
        );
    }
    return out;
  },
};
