/** The kinds of diagram nodes, edges and groups: named by the server's graph, drawn by the webview. */

export type NodeKind =
  // ECS
  | 'ecs-cluster'
  | 'capacity-provider'
  | 'ecs-service'
  | 'task-definition'
  | 'container'
  | 'iam-role'
  | 'instance-profile'
  | 'target-group'
  | 'load-balancer'
  | 'efs'
  | 'ecr-repository'
  | 'image'
  | 'secret'
  | 'ssm-parameter'
  | 'scaling'
  // deploy tools (GitHub workflows, ecspresso configs)
  | 'deploy-pipeline'
  // EKS / Kubernetes
  | 'eks-cluster'
  | 'node-group'
  | 'fargate-profile'
  | 'workload'
  | 'k8s-service'
  | 'ingress'
  | 'pvc'
  | 'storage-class'
  | 'csi-driver'
  | 'service-account'
  | 'hpa'
  | 'config-map'
  | 'k8s-secret'
  // printing only: a namespace/cluster folded into one node
  | 'collapsed';

export type EdgeKind =
  | 'runs'
  | 'uses-role'
  | 'pulls-image'
  | 'mounts'
  | 'routes-to'
  | 'selects'
  | 'scales'
  | 'reads-secret'
  | 'reads-config'
  | 'lands-on'
  | 'provisions'
  | 'assumes'
  | 'runs-as'
  | 'has-capacity'
  | 'deploys';

export type GroupKind = 'ecs-cluster' | 'eks-cluster' | 'namespace' | 'aws';
