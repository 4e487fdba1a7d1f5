/**
 * The instances of a capacity provider's Auto Scaling group must join the cluster the provider
 * belongs to: the ECS agent reads `ECS_CLUSTER` (user data writing /etc/ecs/ecs.config, or
 * cfn-init), and with none it joins `default`. Instances in another cluster never give the
 * provider capacity, so its tasks wait forever. Values the template cannot tell are not judged.
 */
import type { Rule, RuleFinding } from '../rule';
import type { CfnTemplate as Template } from '../../cfn/template';
import { at } from '../place';
import { prop } from '../../cfn/iam/templateRoles';
import { clusterNameText, containerInstances, ecsClusterValues, expectedClusterName } from '../../cfn/ecs/containerInstances';
import { hasToken, isKnown, token } from '../../cfn/symbolicText';
import { isTemplate, template } from './guard';

export const containerInstanceCluster: Rule = {
  id: 'cfn/container-instance-cluster',
  severity: 'error',
  description: "The user data of a capacity provider's instances sets ECS_CLUSTER to the cluster the provider belongs to.",
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const ci of containerInstances(t)) {
      // a provider in several clusters, or in none of this template: nothing to compare with
      if (ci.clusters.length !== 1) continue;
      const cluster = ci.clusters[0];
      const want = expectedClusterName(t, cluster);
      if (!want.known) continue;
      const provider = ci.providers[0].name;
      const settings = ecsClusterValues(t, ci.launch);
      if (!settings.length) {
        const userData = prop(ci.data, 'UserData');
        // user data without ECS_CLUSTER may configure the agent another way (Bottlerocket, Windows)
        if (userData || want.text === 'default') continue;
        const key = ci.data?.parent?.type === 'property' ? ci.data.parent.children![0] : ci.launch.key;
        out.push(
          at(
            key,
            `Instances of capacity provider "${provider}" have no user data setting ECS_CLUSTER, so they join the cluster named default, not "${cluster.name}". Add UserData that writes ECS_CLUSTER=\${${cluster.name}} to /etc/ecs/ecs.config.`,
          ),
        );
        continue;
      }
      const s = settings.find((x) => !mismatch(t, x.value, want.text, cluster.name));
      if (s || !settings.length) continue;
      const first = settings[0];
      out.push(
        at(
          first.node,
          `The instances of capacity provider "${provider}" join cluster ${shown(t, first.value)} (ECS_CLUSTER), but the provider belongs to cluster "${cluster.name}", so they never give it capacity. Set ECS_CLUSTER=\${${cluster.name}}.`,
        ),
      );
    }
    return out;
  },
};

/** a setting that surely names another cluster than `want` (tokens of parameters or other resources might not) */
function mismatch(t: Template, value: string, want: string, clusterId: string): boolean {
  if (value === want || !isKnown(value) || /[$\\`]/.test(value)) return false;
  if (isOtherCluster(t, value, clusterId)) return true;
  // a generated cluster name is only ever known through the cluster itself
  if (want === token(clusterId)) return tokens(value).every((n) => n.startsWith('AWS::'));
  return !hasToken(value) && !hasToken(want);
}

const tokens = (s: string): string[] => [...s.matchAll(/\u0001([^\u0001]*)\u0001/g)].map((m) => m[1]);

/** is a written-out value exactly another cluster resource of the template */
function isOtherCluster(t: Template, value: string, own: string): boolean {
  for (const [id, r] of t.resources)
    if (id !== own && r.type === 'AWS::ECS::Cluster' && (clusterNameText(t, id) ?? token(id)) === value) return true;
  return false;
}

/** a value for a message: the cluster resource it names, else the text with tokens as `${Name}` */
function shown(t: Template, value: string): string {
  for (const [id, r] of t.resources)
    if (r.type === 'AWS::ECS::Cluster' && (clusterNameText(t, id) ?? token(id)) === value) return `"${id}"`;
  return `"${value.replace(/\u0001([^\u0001]*)\u0001/g, '${$1}')}"`;
}
