/**
 * eksctl availability zones as eksctl and EC2 read them: zones (of the cluster and of each
 * node group) are in the cluster's `metadata.region` (`us-east-1a` for us-east-1, local zones
 * such as `us-east-1-bos-1a` too), and a cluster lists at least two.
 */
import type { Rule, RuleFinding } from '../rule';
import type { JsonPath } from '../../parse/tree';
import { asArr, asObj, isPlaceholder, str } from '../../k8s/objects';
import { isEksctl, nodeGroups } from './guard';
import { at, pathSpan } from '../place';

/** a zone ID (use1-az1) names a zone without its region: not ours to judge */
const ZONE_ID = /^[a-z]{2,4}\d+-az\d+$/;

export const availabilityZonesRule: Rule = {
  id: 'eks/availability-zones',
  severity: 'error',
  description: "eksctl availabilityZones in the cluster's region, and at least two for the cluster.",
  appliesTo: (doc) => isEksctl(doc, ['ClusterConfig']),
  check(doc) {
    const v = asObj(doc.value);
    const region = str(asObj(v.metadata).region);
    const out: RuleFinding[] = [];
    const judge = (list: unknown, here: JsonPath) =>
      asArr(list).forEach((z, i) => {
        if (typeof z !== 'string' || !region || isPlaceholder(z) || isPlaceholder(region) || ZONE_ID.test(z)) return;
        if (z.startsWith(region) && /^[a-z-]/.test(z.slice(region.length)) && z.length > region.length) return;
        const zoneRegion = /^([a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+)/.exec(z)?.[1];
        out.push(
          at(
            pathSpan(doc, [...here, i]),
            `Zone \`${z}\` is not in the cluster's region \`${region}\`${zoneRegion ? ` (it is in ${zoneRegion})` : ''}: use zones such as \`${region}a\`.`,
          ),
        );
      });
    judge(v.availabilityZones, ['availabilityZones']);
    for (const { ng, path } of nodeGroups(v)) judge(ng.availabilityZones, [...path, 'availabilityZones']);
    const zones = asArr(v.availabilityZones);
    if (zones.length === 1)
      out.push(
        at(
          pathSpan(doc, ['availabilityZones'], true),
          'A cluster needs at least two availability zones (the same zone may be listed twice): add another.',
        ),
      );
    return out;
  },
};
