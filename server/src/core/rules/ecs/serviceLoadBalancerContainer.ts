/** A service's load balancer entries name a container and port that the task definition really has. */
import type { Rule, RuleFinding } from '../rule';
import { findNodeAtPath } from '../../parse/tree';
import { asArray, isObj, str } from '../../ecs/model';
import { serviceValue } from '../../ecs/service';
import { taskDefinitionOfService } from '../../ecs/refs';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceLoadBalancerContainer: Rule = {
  id: 'ecs/service-load-balancer-container',
  severity: 'error',
  description: 'loadBalancers[].containerName/containerPort must match a container and mapped port of the task definition.',
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc, ctx) {
    const s = serviceValue(doc);
    const body = doc.body;
    if (!s || !body) return [];
    const td = taskDefinitionOfService(ctx.workspace, s);
    const out: RuleFinding[] = [];
    asArray(s.loadBalancers).forEach((lb, i) => {
      if (!isObj(lb)) return;
      const item = findNodeAtPath(body, ['loadBalancers', i])!;
      const nameNode = findNodeAtPath(item, ['containerName']);
      const portNode = findNodeAtPath(item, ['containerPort']);
      if (typeof lb.targetGroupArn === 'string' && (!nameNode || !portNode)) {
        out.push(at(item, 'A target group entry needs both "containerName" and "containerPort" so ECS knows which container to register.'));
      }
      if (!td) return;
      const name = str(lb.containerName);
      if (name === undefined || !nameNode) return;
      const c = td.containers.find((x) => x.name === name);
      if (!c) {
        const names = td.containers.map((x) => `"${x.name}"`).join(', ');
        out.push(at(nameNode, `Task definition "${td.family}" has no container "${name}". Its containers: ${names}.`));
        return;
      }
      const port = lb.containerPort;
      if (typeof port !== 'number' || !portNode) return;
      const ports = asArray(c.value.portMappings)
        .map((p) => (isObj(p) ? p.containerPort : undefined))
        .filter((p): p is number => typeof p === 'number');
      const inRange = asArray(c.value.portMappings).some(
        (p) => isObj(p) && typeof p.containerPortRange === 'string' && within(p.containerPortRange, port),
      );
      if (!ports.includes(port) && !inRange) {
        out.push(
          at(
            portNode,
            ports.length
              ? `Container "${name}" maps port${ports.length > 1 ? 's' : ''} ${ports.join(', ')}, not ${port}. Use a mapped port or add a port mapping.`
              : `Container "${name}" has no port mappings; add one for port ${port}.`,
          ),
        );
      }
    });
    return out;
  },
};

function within(range: string, port: number): boolean {
  const m = /^(\d+)-(\d+)$/.exec(range.trim());
  return !!m && port >= Number(m[1]) && port <= Number(m[2]);
}
