/** Helpers for the graph tests: workspaces from fixture folders, golden files, a seeded shuffle. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { LanguageService } from '../../../server/src/core/service';
import type { DiagramResult } from '../../../shared/src/diagram';
import { describer, type Described } from '../../../shared/src/outline';
import { serviceWith } from '../helpers';

/** the package root, found from wherever the bundled test runs (out/test/unit/graph/…) */
export function packageRoot(): string {
  for (let d = __dirname; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'server'))) return d;
    if (dirname(d) === d) throw new Error(`no package root above ${__dirname}`);
  }
}

export const ROOT = packageRoot();
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'graph');
export const GOLDEN = join(ROOT, 'test', 'unit', 'graph', 'golden');

export interface FileText {
  uri: string;
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** the JSON/YAML files of a folder, with machine-independent uris (`file:///ws/<name>/<relative path>`) */
export function readFolder(dir: string, name: string): FileText[] {
  return walk(dir)
    .filter((p) => /\.(json|ya?ml)$/.test(p))
    .map((p) => ({ uri: `file:///ws/${name}/${relative(dir, p).split('\\').join('/')}`, text: readFileSync(p, 'utf8') }));
}

/** a service over these files (the shared shape in ../helpers; order kept) */
export const serviceOf = (files: FileText[]): LanguageService => serviceWith(Object.fromEntries(files.map((f) => [f.uri, f.text])));

/** the golden cases: every fixture folder, plus the examples/ workspace when it exists */
export function goldenCases(): { name: string; files: FileText[] }[] {
  const out = readdirSync(FIXTURES)
    .sort()
    .filter((n) => statSync(join(FIXTURES, n)).isDirectory())
    .map((n) => ({ name: n, files: readFolder(join(FIXTURES, n), n) }));
  const examples = join(ROOT, 'examples');
  if (existsSync(examples)) out.push({ name: 'examples', files: readFolder(examples, 'examples') });
  return out;
}

/** deterministic shuffle (mulberry32) */
export function shuffle<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** ECS and Kubernetes documents whose names try to break out of their labels */
export const HOSTILE = [
  'a"] --> evil["pwned',
  'x --> y',
  '%%{init: {"securityLevel": "loose", "theme": "dark"}}%%',
  '%% comment',
  'click web call alert(1)',
  'click n_1 href "javascript:alert(1)"',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  '`**markdown**`',
  'line1\nline2\r\nflowchart TB',
  'rtl\u202Eevil\u2066x\u2069\u200F',
  '#quot;#91;#60;',
  'style n_abc fill:#f00;',
  'classDef evil fill:#f00;',
  '[[sub]] {{hex}} ((c)) >asym] |pipe|',
  'end',
  'subgraph',
  'ﬂ°°60¶ß',
  'a'.repeat(500),
];

/** a workspace naming every kind of node after a hostile string */
export function hostileFiles(): FileText[] {
  const files: FileText[] = [];
  HOSTILE.forEach((h, i) => {
    files.push({
      uri: `file:///ws/hostile/task-${i}.json`,
      text: JSON.stringify({
        family: h,
        taskRoleArn: `arn:aws:iam::111122223333:role/${h}`,
        executionRoleArn: h,
        containerDefinitions: [
          { name: h, image: `${h}:1`, secrets: [{ name: h, valueFrom: h }], mountPoints: [{ sourceVolume: 'v', containerPath: h }] },
        ],
        volumes: [{ name: 'v', efsVolumeConfiguration: { fileSystemId: h } }],
      }),
    });
    files.push({
      uri: `file:///ws/hostile/service-${i}.json`,
      text: JSON.stringify({
        serviceName: h,
        cluster: h,
        taskDefinition: h.replace(/[^A-Za-z0-9_-]/g, '') || 'x',
        launchType: h,
        capacityProviderStrategy: [],
        loadBalancers: [
          { targetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/${h}/1`, containerName: h, containerPort: 80 },
        ],
      }),
    });
    files.push({
      uri: `file:///ws/hostile/cluster-${i}.json`,
      text: JSON.stringify({
        clusterName: h,
        capacityProviders: [h],
        defaultCapacityProviderStrategy: [{ capacityProvider: h, weight: 1 }],
      }),
    });
    const q = JSON.stringify(h); // a JSON string is a valid YAML double-quoted scalar
    files.push({
      uri: `file:///ws/hostile/k8s-${i}.yaml`,
      text: [
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${q}\n  namespace: ${q}\nspec:\n  selector: {matchLabels: {app: ${q}}}\n  template:\n    metadata: {labels: {app: ${q}}}\n    spec:\n      serviceAccountName: ${q}\n      containers:\n        - name: ${q}\n          image: nginx\n          envFrom: [{configMapRef: {name: ${q}}}]\n`,
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${q}\n  namespace: ${q}\nspec:\n  selector: {app: ${q}}\n  ports: [{port: 80}]\n`,
        `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${q}\n  namespace: ${q}\nspec:\n  ingressClassName: alb\n  defaultBackend: {service: {name: ${q}, port: {name: ${q}}}}\n`,
        `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ${q}\n  namespace: ${q}\nspec:\n  storageClassName: ${q}\n`,
        `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${q}\n  namespace: ${q}\n  annotations:\n    eks.amazonaws.com/role-arn: ${q}\n`,
        `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${q}\n  namespace: ${q}\nspec:\n  scaleTargetRef: {kind: ${q}, name: ${q}}\n`,
      ].join('---\n'),
    });
  });
  files.push({
    uri: 'file:///ws/hostile/eksctl.yaml',
    text: `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${JSON.stringify(HOSTILE[0])}\nmanagedNodeGroups:\n${HOSTILE.map((h) => `  - name: ${JSON.stringify(h)}\n`).join('')}fargateProfiles:\n  - name: ${JSON.stringify(HOSTILE[2])}\n    selectors: [{namespace: "*"}]\n`,
  });
  return files;
}

/** n namespaces, each with a Deployment, Service, ConfigMap, Secret, ServiceAccount, PVC, HPA… */
export function bigWorkspace(resources: number, perNamespace = 25): FileText[] {
  const files: FileText[] = [];
  const per = 8; // objects written per unit below
  const units = Math.ceil(resources / per);
  for (let u = 0; u < units; u++) {
    const ns = `team-${String(Math.floor(u / Math.max(1, Math.floor(perNamespace / per)))).padStart(3, '0')}`;
    const n = `app-${u}`;
    files.push({
      uri: `file:///ws/big/${ns}/${n}.yaml`,
      text: [
        `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${n}, namespace: ${ns}}\nspec:\n  selector: {matchLabels: {app: ${n}}}\n  template:\n    metadata: {labels: {app: ${n}}}\n    spec:\n      serviceAccountName: ${n}\n      containers:\n        - name: main\n          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/${n}:1.0.${u}\n          envFrom: [{configMapRef: {name: ${n}}}, {secretRef: {name: ${n}}}]\n          volumeMounts: [{name: data, mountPath: /data}]\n      volumes: [{name: data, persistentVolumeClaim: {claimName: ${n}}}]\n`,
        `apiVersion: v1\nkind: Service\nmetadata: {name: ${n}, namespace: ${ns}}\nspec:\n  selector: {app: ${n}}\n  ports: [{port: 80}]\n`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${n}, namespace: ${ns}}\ndata: {A: b}\n`,
        `apiVersion: v1\nkind: Secret\nmetadata: {name: ${n}, namespace: ${ns}}\nstringData: {A: b}\n`,
        `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${n}\n  namespace: ${ns}\n  annotations: {eks.amazonaws.com/role-arn: "arn:aws:iam::123456789012:role/${n}"}\n`,
        `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: ${n}, namespace: ${ns}}\nspec: {storageClassName: gp3, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}\n`,
        `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: ${n}, namespace: ${ns}}\nspec: {scaleTargetRef: {kind: Deployment, name: ${n}}, maxReplicas: 3}\n`,
      ].join('---\n'),
    });
  }
  files.push({
    uri: 'file:///ws/big/sc.yaml',
    text: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: {name: gp3}\nprovisioner: ebs.csi.aws.com\n',
  });
  return files;
}

/** what each Mermaid id in a result's text stands for, described from its outline (as the view would) */
export function infos(r: DiagramResult): Record<string, Described> {
  const d = describer(r.outline);
  return Object.fromEntries(Object.entries(r.ids).map(([id, ref]) => [id, d(ref)!]));
}

/** Mermaid ids of subgraphs (groups drawn as boxes, not folded) */
export const subgraphIds = (r: DiagramResult): string[] =>
  Object.entries(r.ids)
    .filter(([, ref]) => 'group' in ref && !ref.folded)
    .map(([id]) => id);
