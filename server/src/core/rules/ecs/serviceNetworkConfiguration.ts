/** awsvpc services need subnets (networkConfiguration.awsvpcConfiguration); other modes must not have one. */
import type { Rule, RuleFinding } from '../rule';
import { findProperty } from '../../parse/tree';
import { isObj, keyNode } from '../../ecs/model';
import { serviceValue, runsOnFargate } from '../../ecs/service';
import { taskDefinitionOfService } from '../../ecs/refs';
import { removeProperty } from '../../edit/removeProperty';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceNetworkConfiguration: Rule = {
  id: 'ecs/service-network-configuration',
  severity: 'error',
  description: 'Services of awsvpc (and Fargate) tasks need networkConfiguration.awsvpcConfiguration; other network modes must not set it.',
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc, ctx) {
    const s = serviceValue(doc);
    const body = doc.body;
    if (!s || !body) return [];
    const td = taskDefinitionOfService(ctx.workspace, s);
    const mode = td?.networkMode;
    const awsvpc = mode === 'awsvpc' || (!td && runsOnFargate(s));
    const nc = s.networkConfiguration;
    const hasVpc = isObj(nc) && isObj(nc.awsvpcConfiguration);
    const anchor = keyNode(body, 'taskDefinition') ?? keyNode(body, 'serviceName') ?? body;
    if (awsvpc && !hasVpc) {
      const why = td ? `task definition "${td.family}" uses awsvpc` : 'Fargate tasks use awsvpc';
      return [
        at(
          keyNode(body, 'networkConfiguration') ?? anchor,
          `The ${why}, so the service must say where tasks get their network interfaces. Add "networkConfiguration": { "awsvpcConfiguration": { "subnets": [...], "securityGroups": [...] } }.`,
        ),
      ];
    }
    const out: RuleFinding[] = [];
    if (td && mode !== 'awsvpc' && hasVpc) {
      const prop = findProperty(body, 'networkConfiguration')!;
      out.push(
        at(
          prop.children![0],
          `Task definition "${td.family}" uses "${mode}" network mode; "networkConfiguration" is only for awsvpc tasks. Remove it or switch the task to awsvpc.`,
          [{ title: 'Remove "networkConfiguration"', edits: removeProperty(ctx.file, prop) }],
        ),
      );
    }
    return out;
  },
};
