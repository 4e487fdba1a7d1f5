/**
 * Kinds we have no schema for. A custom resource (any non-Kubernetes group) is fine and gets
 * at most a hint; a kind that does not exist in a built-in group is a typo the API rejects.
 */
import type { Rule, RuleContext, RuleFinding } from '../rule';
import { findProperty, type AstNode } from '../../parse/tree';
import { k8sKindOf, type K8sKind } from '../../k8s/kind';
import { k8sObjects } from '../../k8s/listItems';
import { isK8s } from './guard';
import { closest } from '../../text/closest';
import { crdFor } from '../../k8s/crd';
import { removedApi } from '../../k8s/removedApis';
import { at } from '../place';

export const unknownKindRule: Rule = {
  id: 'k8s/unknown-kind',
  severity: 'hint',
  description: 'Kinds with no schema: a typo in a built-in group is an error, a custom resource without its CRD only a hint.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc),
  check(doc, ctx) {
    if (doc.kind.family !== 'k8s' || !ctx.store) return [];
    const kinds = ctx.store.k8sKinds();
    if (isEmpty(kinds)) return []; // no generated schema: nothing to compare against
    const out: RuleFinding[] = [];
    // a List's items too: kubectl sends each one as its own kind
    for (const o of k8sObjects(doc)) {
      const f = unknownKind(k8sKindOf(o.apiVersion, o.kind), o.root, o.apiNode, kinds, ctx);
      if (f) out.push(f);
    }
    return out;
  },
};

function unknownKind(
  k: K8sKind,
  root: AstNode,
  apiNode: AstNode | undefined,
  kinds: Record<string, string>,
  ctx: RuleContext,
): RuleFinding | undefined {
  const { apiVersion, kind, group } = k;
  if (CLIENT_SIDE.test(`${group}/${kind}`) || CONFIG_GROUPS.test(group)) return undefined;
  if (kinds[`${apiVersion}/${kind}`] || removedApi(apiVersion, kind) || crdFor(ctx.workspace, group, k.version, kind)) return undefined;
  // the list of every kind only for a kind that is not one (every document came here: 1,800 lists of it)
  const pairs = Object.keys(kinds);
  const kindNode = findProperty(root, 'kind')?.children?.[1];
  if (!kindNode || !apiNode) return undefined;
  // the add-ons' bundled kinds (definitions `addon.…`) are a subset of what their CRDs serve
  // (older versions, kinds left out): their groups stay custom resource groups
  const builtIn = pairs.filter((p) => !kinds[p].startsWith('addon.'));
  const builtInGroups = new Set(builtIn.map((p) => groupOf(p.slice(0, p.lastIndexOf('/')))));
  if (!builtInGroups.has(group)) {
    return at(
      kindNode,
      `No schema for custom resource \`${kind}\` (\`${apiVersion}\`): add its CustomResourceDefinition to the workspace to have it checked.`,
    );
  }
  // a built-in group: either the kind is misspelt or it lives under another version
  const versionsOfKind = builtIn.filter((p) => p.endsWith(`/${kind}`)).map((p) => p.slice(0, p.length - kind.length - 1));
  if (versionsOfKind.length) {
    const best = versionsOfKind.find((v) => groupOf(v) === group) ?? versionsOfKind[0];
    return at(
      apiNode,
      `\`${apiVersion}\` does not serve \`${kind}\`; it is served by ${versionsOfKind.map((v) => `\`${v}\``).join(', ')}.`,
      [{ title: `Change to "${best}"`, edits: [{ offset: apiNode.offset, length: apiNode.length, newText: best }], preferred: true }],
      'error',
    );
  }
  const sameVersion = builtIn.filter((p) => p.slice(0, p.lastIndexOf('/')) === apiVersion).map((p) => p.slice(p.lastIndexOf('/') + 1));
  const allKinds = [...new Set(builtIn.map((p) => p.slice(p.lastIndexOf('/') + 1)))];
  const guess = closest(kind, sameVersion.length ? sameVersion : allKinds);
  return at(
    kindNode,
    `\`${apiVersion}\` has no kind \`${kind}\`${guess ? `: did you mean \`${guess}\`?` : '.'}`,
    guess
      ? [
          {
            title: `Change to "${guess}"`,
            edits: [{ offset: kindNode.offset, length: kindNode.length, newText: guess }],
            preferred: true,
          },
        ]
      : undefined,
    'error',
  );
}

/** kinds kubectl handles itself (`kind: List`) or that are not API objects (kubeconfig, the legacy kube-scheduler `v1` Policy file) */
const CLIENT_SIDE = /^\/(List|Config|Policy)$|List$/;
/** configuration files of tools that borrow the apiVersion/kind shape but have no CRD */
const CONFIG_GROUPS =
  /(^|\.)(config\.k8s\.io|kubeadm\.k8s\.io|x-k8s\.io|audit\.k8s\.io|client\.authentication\.k8s\.io)$|^(skaffold|kpt\.dev|eksctl\.io|helm\.sh)/;

const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}
