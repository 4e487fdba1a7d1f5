/**
 * The cluster's Kubernetes version against the EKS calendar on `settings.today`: past extended
 * support EKS upgrades the cluster by itself and no longer creates it (warning); in extended
 * support it costs more per hour (information).
 */
import type { Rule } from '../rule';
import { findProperty, propertyValue } from '../../parse/tree';
import { asObj } from '../../k8s/objects';
import { CALENDAR_DATE, eksRelease, newestStandard } from '../../k8s/versions/eksCalendar';
import { parseMinor } from '../../k8s/versions/minor';
import { eksSupport } from '../../eksctl/version';
import { isEksctl } from './guard';
import { at } from '../place';

export const clusterVersionRule: Rule = {
  id: 'eks/cluster-version-support',
  severity: 'warning',
  description:
    'metadata.version past EKS extended support (warning: EKS upgrades such clusters itself and creates none) or in extended support (information: extra hourly cost).',
  appliesTo: (doc) => isEksctl(doc, ['ClusterConfig']),
  check(doc, ctx) {
    const version = parseMinor(asObj(asObj(doc.value).metadata).version);
    const meta = findProperty(doc.root, 'metadata');
    const prop = meta && findProperty(propertyValue(meta), 'version');
    const node = prop && propertyValue(prop);
    if (!version || !node) return [];
    const today = ctx.settings.today ?? CALENDAR_DATE;
    const latest = newestStandard(today);
    const r = eksRelease(version);
    switch (eksSupport(version, today)) {
      case 'ended':
        return [
          at(
            node,
            `EKS support for Kubernetes ${version} ended${r ? ` on ${r.extendedEnds}` : ''}: EKS upgrades such clusters automatically and no longer creates them. Upgrade to a supported version (${latest} is in standard support).`,
          ),
        ];
      case 'extended':
        return [
          at(
            node,
            `Kubernetes ${version} is in EKS extended support until ${r!.extendedEnds}: the cluster is billed at the extended-support hourly rate. Upgrade to ${latest} to return to standard support.`,
            undefined,
            'information',
          ),
        ];
      default:
        return [];
    }
  },
};
