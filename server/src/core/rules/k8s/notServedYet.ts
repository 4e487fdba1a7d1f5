/**
 * Kinds and fields the target cluster's Kubernetes version does not serve yet: the API server
 * rejects the kind ("no matches for kind") and, with kubectl's default strict field validation, the field.
 */
import type { Rule } from '../rule';
import { findProperty } from '../../parse/tree';
import { isK8s } from './guard';
import { targetFor } from '../../k8s/versions/target';
import { versionTable } from '../../k8s/versions/table';
import { notServed } from '../../k8s/versions/served';
import { at } from '../place';

export const notServedYetRule: Rule = {
  id: 'k8s/not-served-yet',
  severity: 'error',
  description:
    'Kinds and fields that the target Kubernetes version (eksctl metadata.version, the kubernetes.version setting, or the newest EKS version) does not serve yet.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc),
  check(doc, ctx) {
    if (doc.kind.family !== 'k8s' || !ctx.store) return [];
    const target = targetFor(ctx.workspace, ctx.file.uri, ctx.settings);
    const t = versionTable(ctx.store);
    const apiVersionNode = findProperty(doc.root, 'apiVersion')?.children?.[1];
    return notServed(ctx.store, t, doc.root, doc.kind.apiVersion, doc.kind.kind, target.version, apiVersionNode).map((n) =>
      at(
        n.node,
        `${n.what} arrives in Kubernetes ${n.arrives}; this cluster runs ${target.version}${
          target.source === 'eksctl'
            ? ` (eksctl \`metadata.version\`)`
            : target.source === 'setting'
              ? ' (setting `kubernetes.version`)'
              : ' (default target)'
        }. Upgrade the cluster or leave it out.`,
      ),
    );
  },
};
