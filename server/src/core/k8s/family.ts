/** The Kubernetes family: one object per YAML document, built-in kinds and custom resources. */
import type { DocumentFamily } from '../family';
import { k8sKey, K8S_ALL, type K8sKind } from './kind';
import { detectK8s } from './detect';
import { isKustomizePatch, prepareK8sValue } from './prepare';
import { k8sSchemaId } from './schemaId';
import { listItemParts } from './listItems';
import { k8sRules } from '../rules/k8s/index';
import { k8sCompletionContributors } from './complete/index';
import { k8sHoverContributors } from './hover/index';
import { addK8s } from '../graph/k8s';

export const k8sFamily: DocumentFamily<K8sKind> = {
  name: 'k8s',
  detect: detectK8s,
  displayName: (kind) => `Kubernetes ${kind.kind} ${kind.apiVersion}`,
  schemaId: k8sSchemaId,
  // kubectl drops nulls before the API server validates; a Kustomize patch is a partial object
  schemaCheck: (doc, { file, workspace, settings, store }) => {
    const value = prepareK8sValue(doc);
    return {
      value,
      strict: settings.kubernetesStrict,
      partial: isKustomizePatch(file, doc, workspace),
      parts: listItemParts(doc.kind, value, store, workspace),
    };
  },
  bodyPath: (_kind, path) => path,
  indexKeys: (kind) => [k8sKey(kind.kind), K8S_ALL],
  looksLike: (head) => /^\s*apiVersion\s*:/m.test(head),
  rules: k8sRules,
  completion: k8sCompletionContributors,
  hover: k8sHoverContributors,
  codeActions: [],
  views: () => [],
  graph: addK8s,
};
