/** Helpers for the Kubernetes tests: lint in-memory YAML workspaces with the Kubernetes rules. */
import assert from 'node:assert/strict';
import { LanguageService } from '../../../server/src/core/service';
import { SchemaStore } from '../../../server/src/core/schema/store';
import { k8sRules } from '../../../server/src/core/rules/k8s/index';
import type { Finding } from '../../../server/src/core/types';
import { applyEdits } from '../../../server/src/core/edit/apply';
import { nodeRuntime, nodeSchemaSource } from '../../../server/src/node/runtime';

/** one store for the whole test file: the Kubernetes schema is large */
export const store = new SchemaStore(nodeSchemaSource());

export type Files = Record<string, string>;

export function service(files: Files): LanguageService {
  const ls = new LanguageService({ runtime: nodeRuntime(), store, rules: k8sRules });
  for (const [name, text] of Object.entries(files)) ls.update(`file:///ws/${name}`, text);
  return ls;
}

/** findings with `code` for the first file (the others join the workspace) */
export function run(code: string, files: Files | string): Finding[] {
  const f = typeof files === 'string' ? { 'main.yaml': files } : files;
  const first = Object.keys(f)[0];
  return service(f)
    .diagnostics(`file:///ws/${first}`)
    .filter((x) => x.code === code);
}

export const spanOf = (text: string, f: { offset: number; length: number }): string => text.slice(f.offset, f.offset + f.length);

export function fixed(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `finding "${f.message}" has no fix #${index}`);
  return applyEdits(text, fix.edits);
}

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
