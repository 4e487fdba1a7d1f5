/**
 * An apiVersion the target cluster no longer serves (kubectl apply fails with "no matches for kind"),
 * or one it still serves that a later release removes (a warning naming the replacement).
 */
import type { Rule } from '../rule';
import { findProperty } from '../../parse/tree';
import { isK8s } from './guard';
import { targetFor } from '../../k8s/versions/target';
import { apiState, versionTable } from '../../k8s/versions/table';
import { removedApi } from '../../k8s/removedApis';
import { DEFAULT_TARGET } from '../../k8s/versions/eksCalendar';
import { at } from '../place';

export const removedApiRule: Rule = {
  id: 'k8s/removed-api',
  severity: 'error',
  description:
    'apiVersion/kind pairs the target Kubernetes version no longer serves (error), or serves but a later release removes (warning).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc),
  check(doc, ctx) {
    if (doc.kind.family !== 'k8s' || !removedApi(doc.kind.apiVersion, doc.kind.kind)) return [];
    const node = findProperty(doc.root, 'apiVersion')?.children?.[1];
    if (!node) return [];
    const target = ctx.store ? targetFor(ctx.workspace, ctx.file.uri, ctx.settings) : { version: DEFAULT_TARGET };
    const st = ctx.store
      ? apiState(versionTable(ctx.store), doc.kind.apiVersion, doc.kind.kind, target.version)
      : { state: 'removed' as const, removal: removedApi(doc.kind.apiVersion, doc.kind.kind)! };
    if (!st) return [];
    const { removal } = st;
    const instead = removal.replacement ? ` Use \`${removal.replacement}\` instead.` : ' It has no direct replacement.';
    const what = `\`${doc.kind.apiVersion}\` ${doc.kind.kind}`;
    if (st.state === 'deprecated')
      return [
        {
          ...at(
            node,
            `${what} is deprecated: Kubernetes ${removal.removedIn} removes it (this cluster runs ${target.version}).${instead}`,
            undefined,
            'warning',
          ),
          tags: ['deprecated'],
        },
      ];
    return [
      {
        ...at(
          node,
          `${what} was removed in Kubernetes ${removal.removedIn}: this cluster runs ${target.version} and rejects it.${instead}`,
        ),
        tags: ['deprecated'],
      },
    ];
  },
};
