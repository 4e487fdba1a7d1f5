/** Rolling update bounds: maximumPercent must leave room above minimumHealthyPercent. */
import type { Rule, RuleFinding } from '../rule';
import { findNodeAtPath } from '../../parse/tree';
import { isObj, str } from '../../ecs/model';
import { serviceValue } from '../../ecs/service';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceDeploymentPercent: Rule = {
  id: 'ecs/service-deployment-percent',
  severity: 'error',
  description: 'deploymentConfiguration.maximumPercent must be at least minimumHealthyPercent, and above 100 when the minimum is 100.',
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc) {
    const s = serviceValue(doc);
    const body = doc.body;
    const dc = s?.deploymentConfiguration;
    if (!s || !body || !isObj(dc)) return [];
    const daemon = str(s.schedulingStrategy) === 'DAEMON';
    const external = isObj(s.deploymentController) && s.deploymentController.type !== 'ECS';
    if (external) return []; // CODE_DEPLOY and EXTERNAL ignore these bounds
    const min = typeof dc.minimumHealthyPercent === 'number' ? dc.minimumHealthyPercent : daemon ? 0 : 100;
    const max = typeof dc.maximumPercent === 'number' ? dc.maximumPercent : daemon ? 100 : 200;
    const maxNode = findNodeAtPath(body, ['deploymentConfiguration', 'maximumPercent']);
    const minNode = findNodeAtPath(body, ['deploymentConfiguration', 'minimumHealthyPercent']);
    const node = maxNode ?? minNode;
    if (!node) return [];
    const out: RuleFinding[] = [];
    if (max < min) {
      out.push(
        at(
          node,
          `maximumPercent (${max}) is below minimumHealthyPercent (${min}); ECS refuses this. Raise maximumPercent or lower the minimum.`,
        ),
      );
    } else if (!daemon && min >= 100 && max <= 100) {
      out.push(
        at(
          node,
          `With minimumHealthyPercent ${min} and maximumPercent ${max} a deployment can neither start new tasks nor stop old ones. Raise maximumPercent (e.g. 200) or lower the minimum.`,
          undefined,
          'warning',
        ),
      );
    }
    return out;
  },
};
