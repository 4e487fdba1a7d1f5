/** Kubernetes and eksctl documents for the generated workspaces, as teams write them (with a few slips). */
import { ACCOUNT, REGIONS } from './genRandom.mjs';

export function deployment(g, name, ns) {
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

export function service(g, name, ns) {
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

export function ingress(g, name, ns) {
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

export function pvc(g, name, ns) {
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

export function configMap(g, name, ns) {
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

export function serviceAccount(g, name, ns) {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: ${ns}
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::${ACCOUNT}:role/${name}-irsa
`;
}

export function hpa(g, name, ns) {
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

export function storageClass(name, type) {
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

export function eksctl(g, i) {
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
