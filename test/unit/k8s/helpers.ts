/** The Kubernetes tests' helpers (on the shared shape in ../helpers): YAML workspaces, the Kubernetes and eksctl rules. */
import type { LanguageService } from '../../../server/src/core/service';
import { k8sRules } from '../../../server/src/core/rules/k8s/index';
import { eksctlRules } from '../../../server/src/core/rules/eksctl/index';
import type { Finding } from '../../../server/src/core/types';
import { findingsOf, fixed, serviceWith, sharedStore, spanOf, type Files } from '../helpers';

export { fixed, spanOf, type Files };

export const store = sharedStore();
const rules = [...k8sRules, ...eksctlRules];

export const service = (files: Files): LanguageService => serviceWith(files, { rules });

/** findings with `code` for the first file (the others join the workspace) */
export const run = (code: string, files: Files | string): Finding[] =>
  findingsOf(code, typeof files === 'string' ? { 'main.yaml': files } : files, undefined, { rules });

export const hasK8sSchema = (): boolean => Object.keys(store.k8sKinds()).length > 0;

/** A Deployment with the given template labels and pod spec lines (indented under `spec:`). */
export function deployment(
  opts: {
    name?: string;
    ns?: string;
    labels?: Record<string, string>;
    selector?: Record<string, string>;
    podSpec?: string;
    kind?: string;
  } = {},
): string {
  const labels = opts.labels ?? { app: 'web' };
  const selector = opts.selector ?? labels;
  const lab = (m: Record<string, string>, ind: string) =>
    Object.entries(m)
      .map(([k, v]) => `${ind}${k}: ${v}`)
      .join('\n');
  return `apiVersion: apps/v1
kind: ${opts.kind ?? 'Deployment'}
metadata:
  name: ${opts.name ?? 'web'}
${opts.ns ? `  namespace: ${opts.ns}\n` : ''}spec:
  selector:
    matchLabels:
${lab(selector, '      ')}
  template:
    metadata:
      labels:
${lab(labels, '        ')}
    spec:
${
  opts.podSpec ??
  `      containers:
        - name: app
          image: nginx:1.27
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }
          readinessProbe: { httpGet: { path: /, port: 80 } }
          livenessProbe: { httpGet: { path: /, port: 80 } }`
}
`;
}

export function eksctl(profiles: string): string {
  return `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: demo
  region: us-east-1
fargateProfiles:
${profiles}
`;
}
