/**
 * An apiVersion the target cluster no longer serves (kubectl apply fails with "no matches for kind"),
 * or one it still serves that a later release removes (a warning naming the replacement).
 */
import type { Rule, RuleContext, RuleFinding } from '../rule';
import type { AstNode } from '../../parse/tree';
import { k8sObjects } from '../../k8s/listItems';
import { isK8s } from './guard';
import { targetFor } from '../../k8s/versions/target';
import { apiState, describeReplacement, versionTable, type ApiState } from '../../k8s/versions/table';
import { deprecatedApi, removedApi } from '../../k8s/removedApis';
import { DEFAULT_TARGET } from '../../k8s/versions/eksCalendar';
import { at } from '../place';

export const removedApiRule: Rule = {
  id: 'k8s/removed-api',
  severity: 'error',
  description:
    'apiVersion/kind pairs the target Kubernetes version no longer serves (error), or serves but deprecated: a later release removes them, or the API server warns (warning).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc),
  check(doc, ctx) {
    if (doc.kind.family !== 'k8s') return [];
    let target: { version: string } | undefined;
    // read only when something is removed or deprecated: the target is a cross-file read
    const targetOf = () => (target ??= ctx.store ? targetFor(ctx.workspace, ctx.file.uri, ctx.settings) : { version: DEFAULT_TARGET });
    const out: RuleFinding[] = [];
    // a List's items too: kubectl applies each on its own, so each apiVersion must be served
    for (const o of k8sObjects(doc)) {
      const f = o.apiNode && apiFinding(o.apiVersion, o.kind, o.apiNode, ctx, targetOf);
      if (f) out.push(f);
    }
    return out;
  },
};

function apiFinding(
  apiVersion: string,
  kind: string,
  node: AstNode,
  ctx: RuleContext,
  targetOf: () => { version: string },
): RuleFinding | undefined {
  const removal = removedApi(apiVersion, kind);
  if (!removal && !deprecatedApi(apiVersion, kind)) return undefined;
  const target = targetOf();
  const st: ApiState | undefined = ctx.store
    ? apiState(versionTable(ctx.store), apiVersion, kind, target.version)
    : removal && {
        state: 'removed',
        removedIn: removal.removedIn,
        replacement: removal.replacement ? { apiVersion: removal.replacement, kind } : undefined,
      };
  if (!st) return undefined;
  const replacement = describeReplacement(st, kind);
  const instead = replacement ? ` Use ${replacement} instead.` : ' It has no direct replacement.';
  const what = `\`${apiVersion}\` ${kind}`;
  if (st.state === 'deprecated') {
    const message = st.removedIn
      ? `${what} is deprecated: Kubernetes ${st.removedIn} removes it (this cluster runs ${target.version}).${instead}`
      : `${what} is deprecated since Kubernetes ${st.deprecatedIn} (this cluster runs ${target.version}): the API server warns on every use.${instead}`;
    return { ...at(node, message, undefined, 'warning'), tags: ['deprecated'] };
  }
  const message = `${what} was removed in Kubernetes ${st.removedIn}: this cluster runs ${target.version} and rejects it.${instead}`;
  return { ...at(node, message), tags: ['deprecated'] };
}
