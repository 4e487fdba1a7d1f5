/**
 * The API-server (and eksctl) rejections our rules mirror: for each rule, a workspace where it
 * fires, the corrected one where it is silent, and the message the real tool prints for the
 * firing case (the rule words it its own way; the test checks both name the same field).
 */
import { deployment, type Files } from '../helpers';

export interface ApiCase {
  fires: Files;
  silent: Files;
  /** what `kubectl apply --dry-run=server` (or eksctl) answers for `fires` */
  mirrors: string;
  /** the line (1-based) of the first finding in the first file */
  line: number;
}

const pod = (containers: string, extra = '') => deployment({ podSpec: `${extra}      containers:\n${containers}` });
const c = (lines = '') => `        - name: app\n          image: nginx:1.27\n${lines}`;
const job = (spec: string, restart = '      restartPolicy: Never\n') =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n${spec}  template:\n    spec:\n${restart}      containers:\n        - { name: m, image: "busybox:1.36" }\n`;
const cron = (schedule: string, extra = '') =>
  `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: ${schedule}\n${extra}  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - { name: m, image: "busybox:1.36" }\n`;
const svc = (ports: string, type = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${type}  selector: { app: web }\n  ports:\n${ports}`;
const hpa = (min: number, max: number) =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  minReplicas: ${min}\n  maxReplicas: ${max}\n`;
const pdb = (budget: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n${budget}  selector:\n    matchLabels: { app: web }\n`;
const ingress = (path: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - http:\n        paths:\n${path}            backend:\n              service: { name: web, port: { number: 80 } }\n`;
const cluster = (body: string) =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: demo\n  region: us-east-1\n${body}`;
const named = (kind: string, apiVersion: string, name: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

export const apiServerCases: Record<string, ApiCase> = {
  'k8s/object-header': {
    fires: { 'a.yaml': 'kind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: b\n' },
    silent: { 'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  A: b\n' },
    mirrors: 'error validating "a.yaml": error validating data: apiVersion not set',
    line: 1,
  },
  'k8s/object-name': {
    fires: { 'a.yaml': named('Service', 'v1', 'Web_Front') },
    silent: { 'a.yaml': named('Service', 'v1', 'web-front') },
    mirrors: `metadata.name: Invalid value: "Web_Front": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character`,
    line: 4,
  },
  'k8s/labels-annotations': {
    fires: { 'a.yaml': `${named('ConfigMap', 'v1', 'c')}  labels:\n    app.kubernetes.io/version: "1.0 beta"\n` },
    silent: { 'a.yaml': `${named('ConfigMap', 'v1', 'c')}  labels:\n    app.kubernetes.io/version: "1.0-beta"\n` },
    mirrors: `metadata.labels: Invalid value: "1.0 beta": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    line: 6,
  },
  'k8s/port-values': {
    fires: { 'a.yaml': pod(c('          ports:\n            - containerPort: 70000\n')) },
    silent: { 'a.yaml': pod(c('          ports:\n            - containerPort: 7000\n')) },
    mirrors: 'spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    line: 18,
  },
  'k8s/service-ports': {
    fires: { 'a.yaml': svc('    - { port: 80, targetPort: 8080 }\n    - { port: 443, targetPort: 8443 }\n') },
    silent: { 'a.yaml': svc('    - { name: http, port: 80, targetPort: 8080 }\n    - { name: https, port: 443, targetPort: 8443 }\n') },
    mirrors: 'spec.ports[0].name: Required value',
    line: 8,
  },
  'k8s/unique-names': {
    fires: { 'a.yaml': pod(`${c()}        - name: app\n          image: busybox:1.36\n`) },
    silent: { 'a.yaml': pod(`${c()}        - name: sidecar\n          image: busybox:1.36\n`) },
    mirrors: 'spec.template.spec.containers[1].name: Duplicate value: "app"',
    line: 17,
  },
  'k8s/volume-mounts': {
    fires: {
      'a.yaml': pod(
        c('          volumeMounts:\n            - { name: cache, mountPath: /cache }\n'),
        '      volumes:\n        - { name: tmp, emptyDir: {} }\n',
      ),
    },
    silent: {
      'a.yaml': pod(
        c('          volumeMounts:\n            - { name: tmp, mountPath: /cache }\n'),
        '      volumes:\n        - { name: tmp, emptyDir: {} }\n',
      ),
    },
    mirrors: 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "cache"',
    line: 20,
  },
  'k8s/probe-values': {
    fires: { 'a.yaml': pod(c('          livenessProbe:\n            httpGet: { path: /, port: 80 }\n            successThreshold: 2\n')) },
    silent: { 'a.yaml': pod(c('          livenessProbe:\n            httpGet: { path: /, port: 80 }\n            successThreshold: 1\n')) },
    mirrors: 'spec.template.spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    line: 19,
  },
  'k8s/job-values': {
    fires: { 'a.yaml': job('  backoffLimit: -1\n') },
    silent: { 'a.yaml': job('  backoffLimit: 0\n') },
    mirrors: 'spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
    line: 6,
  },
  'k8s/resource-quantities': {
    fires: { 'a.yaml': pod(c('          resources:\n            requests: { memory: 512MB }\n')) },
    silent: { 'a.yaml': pod(c('          resources:\n            requests: { memory: 512Mi }\n')) },
    mirrors: `quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
    line: 18,
  },
  'k8s/cronjob-schedule': {
    fires: { 'a.yaml': cron('"0 25 * * *"') },
    silent: { 'a.yaml': cron('"@hourly"', '  timeZone: Europe/Paris\n') },
    mirrors: 'spec.schedule: Invalid value: "0 25 * * *": end of range (25) above maximum (23): 25',
    line: 6,
  },
  'k8s/env-value-from': {
    fires: {
      'a.yaml': pod(
        c(
          '          env:\n            - name: MODE\n              value: prod\n              valueFrom: { configMapKeyRef: { name: cfg, key: mode } }\n',
        ),
      ),
    },
    silent: {
      'a.yaml': pod(
        c('          env:\n            - name: MODE\n              valueFrom: { configMapKeyRef: { name: cfg, key: mode } }\n'),
      ),
    },
    mirrors: 'spec.template.spec.containers[0].env[0].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
    line: 19,
  },
  'k8s/hpa-replicas': {
    fires: { 'a.yaml': hpa(5, 3) },
    silent: { 'a.yaml': hpa(3, 5) },
    mirrors: 'spec.maxReplicas: Invalid value: 3: must be greater than or equal to `minReplicas`',
    line: 8,
  },
  'k8s/pdb-budget': {
    fires: { 'a.yaml': pdb('  minAvailable: 1\n  maxUnavailable: 1\n') },
    silent: { 'a.yaml': pdb('  minAvailable: 1\n') },
    mirrors: 'spec: Invalid value: ...: minAvailable and maxUnavailable cannot be both set',
    line: 7,
  },
  'k8s/ingress-paths': {
    fires: { 'a.yaml': ingress('          - path: /api\n') },
    silent: { 'a.yaml': ingress('          - path: /api\n            pathType: Prefix\n') },
    mirrors: 'spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
    line: 9,
  },
  'eks/nodegroup-size': {
    fires: { 'c.yaml': cluster('managedNodeGroups:\n  - name: ng\n    minSize: 6\n    maxSize: 3\n') },
    silent: { 'c.yaml': cluster('managedNodeGroups:\n  - name: ng\n    minSize: 3\n    maxSize: 6\n') },
    mirrors: 'cannot use --nodes-min=6 and --nodes-max=3 at the same time',
    line: 9,
  },
  'eks/instance-type': {
    fires: { 'c.yaml': cluster('managedNodeGroups:\n  - name: ng\n    instanceType: m5-large\n') },
    silent: { 'c.yaml': cluster('managedNodeGroups:\n  - name: ng\n    instanceType: m5.large\n') },
    mirrors: 'api error InvalidParameterValue: Invalid value m5-large for instanceType (CloudFormation, launch template)',
    line: 8,
  },
  'eks/availability-zones': {
    fires: { 'c.yaml': cluster('availabilityZones: [us-east-1a, us-west-2b]\n') },
    silent: { 'c.yaml': cluster('availabilityZones: [us-east-1a, us-east-1b]\n') },
    mirrors: 'InvalidParameterValue: Invalid availability zone: [us-west-2b] (EC2 DescribeAvailabilityZones in us-east-1)',
    line: 6,
  },
  'eks/fargate-selectors': {
    fires: { 'c.yaml': cluster('fargateProfiles:\n  - name: eks-fp\n    selectors:\n      - namespace: web\n') },
    silent: { 'c.yaml': cluster('fargateProfiles:\n  - name: fp\n    selectors:\n      - namespace: web\n') },
    mirrors: 'invalid Fargate profile "eks-fp": name should NOT start with "eks-"',
    line: 7,
  },
};
