/** A service can only use capacity providers that its cluster has associated. */
import type { Rule, RuleFinding } from '../rule';
import { findNodeAtPath } from '../../parse/tree';
import { asArray, isObj, str } from '../../ecs/model';
import { serviceValue } from '../../ecs/service';
import { clusterOfService } from '../../ecs/refs';
import { asText } from '../../text/asText';
import { isEcs } from './guard';
import { at } from '../place';

export const serviceCapacityProviderCluster: Rule = {
  id: 'ecs/service-capacity-provider-cluster',
  severity: 'error',
  description: 'Capacity providers in a service strategy must be associated with its cluster (when the cluster is in the workspace).',
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['service']),
  check(doc, ctx) {
    const s = serviceValue(doc);
    if (!s || !doc.body || !Array.isArray(s.capacityProviderStrategy)) return [];
    const cluster = clusterOfService(ctx.workspace, s);
    if (!cluster || !Array.isArray(cluster.value.capacityProviders)) return [];
    const known = asArray(cluster.value.capacityProviders).map(asText);
    const out: RuleFinding[] = [];
    s.capacityProviderStrategy.forEach((p, i) => {
      const name = isObj(p) ? str(p.capacityProvider) : undefined;
      const node = findNodeAtPath(doc.body, ['capacityProviderStrategy', i, 'capacityProvider']);
      if (!name || !node || known.includes(name)) return;
      out.push(
        at(
          node,
          `Cluster "${cluster.value.clusterName}" has no capacity provider "${name}" (it has: ${known.join(', ') || 'none'}). Add it to the cluster's capacityProviders or pick one of those.`,
        ),
      );
    });
    return out;
  },
};
