/** The eksctl family: ClusterConfig files, which draw the EKS cluster that Kubernetes objects run in. */
import type { DocumentFamily } from '../family';
import { EKSCTL_KEY, type EksctlKind } from './kind';
import { detectEksctl } from './detect';
import { prepareK8sValue } from '../k8s/prepare';
import { EKSCTL_ID } from '../schema/store';
import { eksctlRules } from '../rules/eksctl/index';
import { addEksctl } from '../graph/eksctl';
import { eksVersionCompletion, eksVersionHover } from './version';

export const eksctlFamily: DocumentFamily<EksctlKind> = {
  name: 'eksctl',
  detect: detectEksctl,
  displayName: (kind) => `eksctl ${kind.kind}`,
  schemaId: (kind) => (kind.kind === 'ClusterConfig' ? EKSCTL_ID : undefined),
  // eksctl decodes YAML as Go does: an empty `key:` is the zero value, so nulls are dropped
  schemaCheck: (doc) => ({ value: prepareK8sValue(doc), strict: true, partial: false }),
  bodyPath: (_kind, path) => path,
  indexKeys: () => [EKSCTL_KEY],
  looksLike: (head) => /^\s*kind\s*:\s*ClusterConfig\b/m.test(head),
  rules: eksctlRules,
  // completion and hover in ClusterConfig come from its schema, plus the EKS calendar's versions
  completion: [eksVersionCompletion],
  hover: [eksVersionHover],
  codeActions: [],
  views: () => [],
  graph: addEksctl,
};
