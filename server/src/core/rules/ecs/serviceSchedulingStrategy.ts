/** DAEMON services: EC2 only, ECS deployment controller, no placement strategies. */
import type { Rule, RuleFinding } from '../rule';
import { isObj, keyNode, str, valueOrKey } from '../../ecs/model';
import { serviceValue, runsOnFargate } from '../../ecs/service';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceSchedulingStrategy: Rule = {
  id: 'ecs/service-scheduling-strategy',
  severity: 'error',
  description: 'DAEMON scheduling works only on EC2 with the ECS deployment controller and without placement strategies.',
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc) {
    const s = serviceValue(doc);
    const body = doc.body;
    if (!s || !body || str(s.schedulingStrategy) !== 'DAEMON') return [];
    const node = valueOrKey(body, 'schedulingStrategy')!;
    const out: RuleFinding[] = [];
    if (runsOnFargate(s)) out.push(at(node, 'Fargate services must use "REPLICA" scheduling; DAEMON places one task per EC2 instance.'));
    else if (Array.isArray(s.capacityProviderStrategy) && s.capacityProviderStrategy.length)
      out.push(at(node, 'DAEMON services cannot use a capacity provider strategy. Use "launchType": "EC2" or REPLICA scheduling.'));
    const ctl = isObj(s.deploymentController) ? str(s.deploymentController.type) : undefined;
    if (ctl && ctl !== 'ECS') out.push(at(node, `The ${ctl} deployment controller supports only "REPLICA" scheduling.`));
    const ps = keyNode(body, 'placementStrategy');
    if (ps && Array.isArray(s.placementStrategy) && s.placementStrategy.length)
      out.push(at(ps, 'DAEMON services place one task per instance; placement strategies are not allowed. Remove "placementStrategy".'));
    return out;
  },
};
