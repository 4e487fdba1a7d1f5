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
  // event-driven and surrounding AWS resources (CloudFormation templates, CLI input documents)
  | 'event-rule'
  | 'schedule'
  | 's3-bucket'
  | 'sqs-queue'
  | 'alarm'
  | 'scaling-policy'
  | 'sns-topic'
  | 'dynamodb-table'
  | 'auto-scaling-group'
  | 'launch-template'
  | 'listener'
  | 'app-runner-service'
  | 'express-service'
  | 'nested-stack'
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
  // EKS add-ons' custom resources
  | 'node-pool'
  | 'node-class'
  | 'scaled-object'
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
  | 'deploys'
  // an event source feeds a rule; a rule, schedule or alarm acts on its target
  | 'emits'
  | 'invokes'
  | 'alarms'
  | 'launches'
  | 'allows'
  | 'nests';

export type GroupKind = 'ecs-cluster' | 'eks-cluster' | 'namespace' | 'aws';
