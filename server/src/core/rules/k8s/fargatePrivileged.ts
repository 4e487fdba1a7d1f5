/** Fargate refuses privileged containers and host namespaces/ports: such pods never start. */
import type { Rule, RuleFinding } from '../rule';
import { describeProfile } from '../../k8s/fargate';
import { asArr, asObj, containersOf, isObj } from '../../k8s/objects';
import { onFargate } from './fargate';
import { at, pathSpan } from '../place';
import { isK8s } from './guard';

export const fargatePrivilegedRule: Rule = {
  id: 'eks/fargate-privileged',
  severity: 'error',
  description: 'Privileged containers, hostNetwork/hostPID/hostIPC and hostPort in pods that run on Fargate.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc) && doc.kind.kind !== 'DaemonSet',
  check(doc, ctx) {
    const f = onFargate(doc, ctx);
    if (!f) return [];
    const where = describeProfile(f.profile);
    const out: RuleFinding[] = [];
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC']) {
      if (f.template.spec[key] === true)
        out.push(
          at(
            pathSpan(doc, [...f.template.specPath, key]),
            `\`${key}: true\` is not supported on Fargate (${where} selects this pod): the pod will not start. Remove it or run the workload on EC2 nodes.`,
          ),
        );
    }
    for (const c of containersOf(f.template)) {
      if (asObj(c.container.securityContext).privileged === true) {
        out.push(
          at(
            pathSpan(doc, [...c.path, 'securityContext', 'privileged']),
            `Privileged containers are not supported on Fargate (${where} selects this pod): the pod will not start. Drop \`privileged\`, or run the workload on EC2 nodes.`,
          ),
        );
      }
      asArr(c.container.ports).forEach((p, i) => {
        if (isObj(p) && p.hostPort !== undefined && p.hostPort !== 0)
          out.push(
            at(
              pathSpan(doc, [...c.path, 'ports', i, 'hostPort']),
              `\`hostPort\` is not supported on Fargate (${where} selects this pod). Expose the port through a Service instead.`,
            ),
          );
      });
    }
    return out;
  },
};
