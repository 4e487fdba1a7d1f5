/**
 * Deterministic workspaces for the bench: a seeded PRNG (mulberry32), never Math.random, so every
 * run measures the same bytes. Documents look like what teams keep in git: one app per folder with
 * its Deployment/Service/Ingress/PVC, eksctl cluster configs, ECS task and service definitions —
 * with a few real-world slips (`:latest` images, a Fargate size mismatch) so rules have work to do.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';

/** Bump when the generated content changes: a stale bench/work folder is then rebuilt. */
const GENERATOR_VERSION = 3;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'cart',
  'checkout',
  'catalog',
  'search',
  'billing',
  'orders',
  'users',
  'auth',
  'media',
  'reports',
  'ledger',
  'notify',
  'gateway',
  'pricing',
  'stock',
  'review',
];
const NAMESPACES = ['shop', 'payments', 'platform', 'data', 'batch'];
const REGIONS = ['eu-west-1', 'us-east-1', 'us-west-2', 'ap-southeast-2'];
const ACCOUNT = '123456789012';

class Gen {
  constructor(seed) {
    this.r = mulberry32(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick(xs) {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p) {
    return this.r() < p;
  }
  name(i) {
    return `${this.pick(WORDS)}-${i}`;
  }
  image(name) {
    if (this.chance(0.1)) return `nginx:latest`; // the classic slip a linter should flag
    return `${ACCOUNT}.dkr.ecr.${this.pick(REGIONS)}.amazonaws.com/${name}:${this.int(1, 9)}.${this.int(0, 20)}.${this.int(0, 9)}`;
  }
}

// ---------------------------------------------------------------- Kubernetes

function deployment(g, name, ns) {
  const env = Array.from(
    { length: g.int(1, 5) },
    (_, k) => `            - name: ${name.toUpperCase().replace(/-/g, '_')}_OPT_${k}\n              value: "${g.int(1, 1000)}"`,
  ).join('\n');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app: ${name}
    tier: ${g.pick(['web', 'api', 'worker'])}
spec:
  replicas: ${g.int(1, 6)}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      serviceAccountName: ${name}
      containers:
        - name: ${name}
          image: ${g.image(name)}
          ports:
            - name: http
              containerPort: ${g.pick([8080, 3000, 9000])}
          env:
${env}
          resources:
            requests:
              cpu: ${g.pick(['100m', '250m', '500m'])}
              memory: ${g.pick(['128Mi', '256Mi', '512Mi'])}
            limits:
              memory: ${g.pick(['512Mi', '1Gi'])}
          readinessProbe:
            httpGet:
              path: /ready
              port: http
          livenessProbe:
            httpGet:
              path: /health
              port: http
`;
}

function service(g, name, ns) {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  type: ${g.pick(['ClusterIP', 'ClusterIP', 'NodePort'])}
  selector:
    app: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
`;
}

function ingress(g, name, ns) {
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  namespace: ${ns}
  annotations:
    alb.ingress.kubernetes.io/scheme: ${g.pick(['internal', 'internet-facing'])}
    alb.ingress.kubernetes.io/target-type: ip
spec:
  ingressClassName: alb
  rules:
    - host: ${name}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${name}
                port:
                  number: 80
`;
}

function pvc(g, name, ns) {
  return `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}-data
  namespace: ${ns}
spec:
  accessModes:
    - ReadWriteOnce
  storageClassName: ${g.pick(['gp3', 'gp3', 'efs'])}
  resources:
    requests:
      storage: ${g.int(1, 100)}Gi
`;
}

function configMap(g, name, ns) {
  const data = Array.from({ length: g.int(2, 6) }, (_, k) => `  key${k}.conf: "value-${g.int(1, 99999)}"`).join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
  namespace: ${ns}
data:
${data}
`;
}

function serviceAccount(g, name, ns) {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: ${ns}
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::${ACCOUNT}:role/${name}-irsa
`;
}

function hpa(g, name, ns) {
  return `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: ${name}
  minReplicas: 2
  maxReplicas: ${g.int(3, 20)}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: ${g.int(50, 80)}
`;
}

function storageClass(name, type) {
  return `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ${name}
provisioner: ebs.csi.aws.com
parameters:
  type: ${type}
  csi.storage.k8s.io/fstype: ext4
volumeBindingMode: WaitForFirstConsumer
`;
}

function eksctl(g, i) {
  const region = g.pick(REGIONS);
  return `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: cluster-${i}
  region: ${region}
  version: "1.3${g.int(0, 2)}"
iam:
  withOIDC: true
managedNodeGroups:
  - name: general
    instanceType: ${g.pick(['m6i.large', 'm7g.large', 'c6i.xlarge'])}
    minSize: 2
    desiredCapacity: ${g.int(2, 4)}
    maxSize: ${g.int(5, 10)}
    privateNetworking: true
    labels:
      role: general
fargateProfiles:
  - name: batch
    selectors:
      - namespace: batch
addons:
  - name: vpc-cni
  - name: aws-ebs-csi-driver
`;
}

// ---------------------------------------------------------------- ECS
const FARGATE_SIZES = [
  ['256', '512'],
  ['512', '1024'],
  ['1024', '2048'],
  ['2048', '4096'],
  ['4096', '8192'],
];

function container(g, name, family, k, { extraEnv = 0 } = {}) {
  const env = Array.from({ length: g.int(2, 6) + extraEnv }, (_, j) => ({
    name: `${name.toUpperCase().replace(/-/g, '_')}_SETTING_${j}`,
    value: `v${g.int(1, 99999)}`,
  }));
  return {
    name: k === 0 ? name : `${name}-sidecar-${k}`,
    image: g.image(name),
    essential: k === 0,
    portMappings: k === 0 ? [{ containerPort: g.pick([80, 8080, 3000]), protocol: 'tcp' }] : [],
    environment: env,
    secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:${family}/db-${g.int(100, 999)}` }],
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': `/ecs/${family}`, 'awslogs-region': 'eu-west-1', 'awslogs-stream-prefix': name },
    },
    healthCheck:
      k === 0 ? { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 30, timeout: 5, retries: 3 } : undefined,
  };
}

function taskDefinition(g, family, opts = {}) {
  let [cpu, memory] = g.pick(FARGATE_SIZES);
  if (g.chance(0.05)) memory = '3000'; // a size Fargate does not offer
  const containers = Array.from({ length: opts.containers ?? g.int(1, 3) }, (_, k) => container(g, family, family, k, opts));
  return {
    family,
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/${family}-task`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu,
    memory,
    containerDefinitions: containers,
    runtimePlatform: { cpuArchitecture: g.pick(['X86_64', 'ARM64']), operatingSystemFamily: 'LINUX' },
    tags: [{ key: 'team', value: g.pick(WORDS) }],
  };
}

function ecsService(g, family, cluster) {
  return {
    cluster,
    serviceName: family,
    taskDefinition: family,
    desiredCount: g.int(1, 6),
    launchType: 'FARGATE',
    loadBalancers: [
      {
        targetGroupArn: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:targetgroup/${family}/0123456789abcdef`,
        containerName: family,
        containerPort: 8080,
      },
    ],
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: ['subnet-0aaa1111bbbb2222c', 'subnet-0ddd3333eeee4444f'],
        securityGroups: ['sg-0123456789abcdef0'],
        assignPublicIp: 'DISABLED',
      },
    },
    deploymentConfiguration: {
      minimumHealthyPercent: 100,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    },
  };
}

const json = (v) => JSON.stringify(v, null, 2) + '\n';

// ---------------------------------------------------------------- workspaces

/**
 * A workspace of `count` files. Each app yields a handful of files; the mix is fixed so medium and
 * large look alike at different sizes. Returns [relativePath, text][].
 */
export function workspaceFiles(count, seed) {
  const g = new Gen(seed);
  const files = [];
  const add = (p, t) => {
    if (files.length < count) files.push([p, t]);
  };
  add('k8s/storage-classes.yaml', storageClass('gp3', 'gp3') + '---\n' + storageClass('efs', 'gp2'));
  for (let i = 0; files.length < count; i++) {
    const ns = g.pick(NAMESPACES);
    const name = g.name(i);
    const dir = `k8s/${ns}/${name}`;
    // a third of the teams keep the Deployment and its Service in one file, as many repos do
    if (g.chance(0.33)) add(`${dir}/app.yaml`, deployment(g, name, ns) + '---\n' + service(g, name, ns));
    else {
      add(`${dir}/deployment.yaml`, deployment(g, name, ns));
      add(`${dir}/service.yaml`, service(g, name, ns));
    }
    add(`${dir}/serviceaccount.yaml`, serviceAccount(g, name, ns));
    if (i % 3 === 0) add(`${dir}/ingress.yaml`, ingress(g, name, ns));
    if (i % 4 === 0) add(`${dir}/pvc.yaml`, pvc(g, name, ns));
    if (i % 5 === 0) add(`${dir}/hpa.yaml`, hpa(g, name, ns));
    if (i % 6 === 0) add(`${dir}/configmap.yaml`, configMap(g, name, ns));
    const family = `svc-${name}`;
    add(`ecs/${family}/task-definition.json`, json(taskDefinition(g, family)));
    add(`ecs/${family}/service.json`, json(ecsService(g, family, `cluster-${i % 4}`)));
    if (i % 25 === 0) add(`clusters/cluster-${i}.eksctl.yaml`, eksctl(g, i));
  }
  return files;
}

/** One multi-document manifest of about `lines` lines (Deployments, Services, ConfigMaps, ...). */
export function bigManifest(lines, seed) {
  const g = new Gen(seed);
  const docs = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    const ns = g.pick(NAMESPACES);
    const name = g.name(i);
    const makers = [deployment, service, configMap, serviceAccount, hpa, ingress, pvc];
    const d = makers[i % makers.length](g, name, ns);
    docs.push(d);
    n += d.split('\n').length; // each doc's trailing newline becomes the `---` line
  }
  return docs.join('---\n');
}

/** A ~200-line file: one app's whole stack in one manifest, the kind people edit every day. */
export function appManifest(seed) {
  const g = new Gen(seed);
  const name = 'storefront';
  const ns = 'shop';
  const parts = [
    serviceAccount(g, name, ns),
    configMap(g, name, ns),
    deployment(g, name, ns),
    service(g, name, ns),
    ingress(g, name, ns),
    pvc(g, name, ns),
    hpa(g, name, ns),
  ];
  let text = parts.join('---\n');
  for (let i = 0; text.split('\n').length < 180; i++) text += '---\n' + deployment(g, `${name}-worker-${i}`, ns);
  return text;
}

/**
 * The ECS "1 MB" case. A single task definition is capped at 64 KiB by ECS, so nobody has a 1 MB
 * task definition; what teams really have is a deploy repo with one task definition per service
 * and environment, saved as `register-task-definition` input or `describe-task-definition` output
 * (wrapped in `{ "taskDefinition": … }`). That folder is what we generate, to about 1 MB.
 */
export function ecsCollection(totalBytes, seed) {
  const g = new Gen(seed);
  const files = [];
  let size = 0;
  for (let i = 0; size < totalBytes; i++) {
    const env = ['dev', 'staging', 'prod'][i % 3];
    const family = `${g.name(Math.floor(i / 3))}-${env}`;
    const td = taskDefinition(g, family, { containers: g.int(2, 4), extraEnv: 25 });
    const wrapped = i % 4 === 3;
    const text = json(
      wrapped
        ? {
            taskDefinition: {
              ...td,
              taskDefinitionArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/${family}:${g.int(1, 300)}`,
              revision: g.int(1, 300),
              status: 'ACTIVE',
            },
          }
        : td,
    );
    files.push([`${env}/${family}.taskdef.json`, text]);
    size += Buffer.byteLength(text);
  }
  return files;
}

function writeAll(root, files) {
  rmSync(root, { recursive: true, force: true });
  for (const [rel, text] of files) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

/**
 * Writes every workspace under `workDir` (skipped when the stamp says it is current).
 * Returns the paths the bench needs.
 */
export function generateAll(workDir, seed = 20240611) {
  const paths = {
    small: join(workDir, 'small'),
    medium: join(workDir, 'medium'),
    large: join(workDir, 'large'),
    big: join(workDir, 'big'),
    ecs: join(workDir, 'ecs-1mb'),
  };
  paths.bigFile = join(paths.big, 'all-in-one.yaml');
  paths.appFile = join(paths.medium, 'k8s', 'shop', 'storefront.yaml');
  const stamp = join(workDir, `.generated-v${GENERATOR_VERSION}-${seed}`);
  if (existsSync(stamp)) return paths;
  rmSync(workDir, { recursive: true, force: true });
  writeAll(paths.small, workspaceFiles(20, seed + 1));
  // the ~200-line app manifest lives inside the medium workspace, as it would in a real repo
  writeAll(paths.medium, [...workspaceFiles(499, seed + 2), ['k8s/shop/storefront.yaml', appManifest(seed + 5)]]);
  writeAll(paths.large, workspaceFiles(2000, seed + 3));
  writeAll(paths.big, [['all-in-one.yaml', bigManifest(10_000, seed + 4)]]);
  writeAll(paths.ecs, ecsCollection(1024 * 1024, seed + 6));
  writeFileSync(stamp, new Date(0).toISOString());
  return paths;
}

export function lineCount(path) {
  return readFileSync(path, 'utf8').split('\n').length;
}
