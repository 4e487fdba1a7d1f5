/** An apiVersion the cluster no longer serves: kubectl apply fails with "no matches for kind". */
import type { Rule } from '../rule';
import { removedApi } from '../../k8s/removedApis';
import { findProperty } from '../../parse/tree';
import { isK8s } from './guard';

export const removedApiRule: Rule = {
  id: 'k8s/removed-api',
  severity: 'error',
  description: 'apiVersion/kind pairs that newer Kubernetes releases no longer serve.',
  appliesTo: (doc) => isK8s(doc),
  check(doc) {
    if (doc.kind.family !== 'k8s') return [];
    const gone = removedApi(doc.kind.apiVersion, doc.kind.kind);
    if (!gone) return [];
    const node = findProperty(doc.root, 'apiVersion')?.children?.[1];
    if (!node) return [];
    const instead = gone.replacement ? ` Use \`${gone.replacement}\` instead.` : ' It has no direct replacement.';
    return [
      {
        offset: node.offset,
        length: node.length,
        message: `\`${doc.kind.apiVersion}\` ${doc.kind.kind} was removed in Kubernetes ${gone.removedIn}: clusters from that release on reject it.${instead}`,
        tags: ['deprecated'],
      },
    ];
  },
};
