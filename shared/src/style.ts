/**
 * How each kind of node and edge looks: shape, class, colours, arrow, legend name. The server's
 * printer and the webview's legend and hover cards read the same table.
 */
import type { EdgeKind, GroupKind, NodeKind } from './kinds';

export type Shape =
  'rect' | 'round' | 'stadium' | 'subroutine' | 'cylinder' | 'hexagon' | 'asym' | 'lean-r' | 'lean-l' | 'trap' | 'trap-alt';

/** open/close around an already escaped, quoted label */
const SHAPES: Record<Shape, [string, string]> = {
  rect: ['["', '"]'],
  round: ['("', '")'],
  stadium: ['(["', '"])'],
  subroutine: ['[["', '"]]'],
  cylinder: ['[("', '")]'],
  hexagon: ['{{"', '"}}'],
  asym: ['>"', '"]'],
  'lean-r': ['[/"', '"/]'],
  'lean-l': ['[\\"', '"\\]'],
  trap: ['[/"', '"\\]'],
  'trap-alt': ['[\\"', '"/]'],
};

export function shapeText(shape: Shape, escapedLabel: string): string {
  const [open, close] = SHAPES[shape];
  return open + escapedLabel + close;
}

export interface KindStyle {
  shape: Shape;
  fill: string;
  stroke: string;
  legend: string;
}

// mid-tone fills with dark text: readable on light and dark editor themes alike
const ECS = '#ff9900',
  EKS = '#326ce5',
  IAM = '#dd344c',
  NET = '#8c4fff',
  STORE = '#3f8624',
  CONF = '#7d8998',
  SCALE = '#e7157b',
  EVT = '#c7155b',
  IMG = '#01a88d';

export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  'ecs-cluster': { shape: 'hexagon', fill: '#ffe0b2', stroke: ECS, legend: 'ECS cluster' },
  'capacity-provider': { shape: 'subroutine', fill: '#fff3e0', stroke: ECS, legend: 'capacity provider' },
  'ecs-service': { shape: 'stadium', fill: '#ffe0b2', stroke: ECS, legend: 'ECS service' },
  'task-definition': { shape: 'rect', fill: '#fff3e0', stroke: ECS, legend: 'task definition' },
  container: { shape: 'round', fill: '#f5f5f5', stroke: '#616161', legend: 'container' },
  'iam-role': { shape: 'asym', fill: '#fde7ea', stroke: IAM, legend: 'IAM role' },
  'instance-profile': { shape: 'asym', fill: '#fde7ea', stroke: IAM, legend: 'instance profile' },
  'target-group': { shape: 'trap-alt', fill: '#efe5ff', stroke: NET, legend: 'target group' },
  'load-balancer': { shape: 'trap-alt', fill: '#efe5ff', stroke: NET, legend: 'load balancer' },
  efs: { shape: 'cylinder', fill: '#e8f5e9', stroke: STORE, legend: 'EFS file system' },
  'ecr-repository': { shape: 'lean-r', fill: '#e0f7f4', stroke: IMG, legend: 'ECR repository' },
  image: { shape: 'lean-r', fill: '#e0f7f4', stroke: IMG, legend: 'image repository' },
  secret: { shape: 'lean-l', fill: '#eceff1', stroke: CONF, legend: 'Secrets Manager secret' },
  'ssm-parameter': { shape: 'lean-l', fill: '#eceff1', stroke: CONF, legend: 'SSM parameter' },
  scaling: { shape: 'trap', fill: '#fce4ef', stroke: SCALE, legend: 'auto scaling' },
  'deploy-pipeline': { shape: 'subroutine', fill: '#eceff1', stroke: '#24292f', legend: 'deploy workflow' },
  'event-rule': { shape: 'subroutine', fill: '#fce4ef', stroke: EVT, legend: 'EventBridge rule' },
  schedule: { shape: 'subroutine', fill: '#fce4ef', stroke: EVT, legend: 'schedule' },
  's3-bucket': { shape: 'cylinder', fill: '#e8f5e9', stroke: STORE, legend: 'S3 bucket' },
  'sqs-queue': { shape: 'lean-r', fill: '#fce4ef', stroke: EVT, legend: 'SQS queue' },
  alarm: { shape: 'trap', fill: '#fce4ef', stroke: SCALE, legend: 'CloudWatch alarm' },
  'scaling-policy': { shape: 'trap', fill: '#fce4ef', stroke: SCALE, legend: 'scaling policy' },
  'sns-topic': { shape: 'lean-r', fill: '#fce4ef', stroke: EVT, legend: 'SNS topic' },
  'dynamodb-table': { shape: 'cylinder', fill: '#e8f5e9', stroke: STORE, legend: 'DynamoDB table' },
  'auto-scaling-group': { shape: 'subroutine', fill: '#fff3e0', stroke: ECS, legend: 'Auto Scaling group' },
  'launch-template': { shape: 'rect', fill: '#fff3e0', stroke: ECS, legend: 'launch template' },
  listener: { shape: 'trap-alt', fill: '#efe5ff', stroke: NET, legend: 'listener' },
  'app-runner-service': { shape: 'stadium', fill: '#ffe0b2', stroke: ECS, legend: 'App Runner service' },
  'express-service': { shape: 'stadium', fill: '#ffe0b2', stroke: ECS, legend: 'ECS Express Mode service' },
  'nested-stack': { shape: 'subroutine', fill: '#eceff1', stroke: CONF, legend: 'nested stack' },
  'eks-cluster': { shape: 'hexagon', fill: '#dde7fb', stroke: EKS, legend: 'EKS cluster' },
  'node-group': { shape: 'subroutine', fill: '#eef3fd', stroke: EKS, legend: 'node group' },
  'fargate-profile': { shape: 'subroutine', fill: '#fff3e0', stroke: ECS, legend: 'Fargate profile' },
  workload: { shape: 'rect', fill: '#eef3fd', stroke: EKS, legend: 'workload' },
  'k8s-service': { shape: 'stadium', fill: '#dde7fb', stroke: EKS, legend: 'Service' },
  ingress: { shape: 'trap-alt', fill: '#efe5ff', stroke: NET, legend: 'Ingress' },
  pvc: { shape: 'cylinder', fill: '#e8f5e9', stroke: STORE, legend: 'PersistentVolumeClaim' },
  'storage-class': { shape: 'cylinder', fill: '#f1f8e9', stroke: STORE, legend: 'StorageClass' },
  'csi-driver': { shape: 'subroutine', fill: '#f1f8e9', stroke: STORE, legend: 'CSI driver' },
  'service-account': { shape: 'asym', fill: '#eef3fd', stroke: IAM, legend: 'ServiceAccount' },
  hpa: { shape: 'trap', fill: '#fce4ef', stroke: SCALE, legend: 'HorizontalPodAutoscaler' },
  'config-map': { shape: 'lean-l', fill: '#eceff1', stroke: CONF, legend: 'ConfigMap' },
  'k8s-secret': { shape: 'lean-l', fill: '#eceff1', stroke: CONF, legend: 'Secret' },
  'node-pool': { shape: 'subroutine', fill: '#eef3fd', stroke: EKS, legend: 'Karpenter node pool' },
  'node-class': { shape: 'rect', fill: '#eef3fd', stroke: EKS, legend: 'Karpenter node class' },
  'scaled-object': { shape: 'trap', fill: '#fce4ef', stroke: SCALE, legend: 'KEDA scaled object' },
  collapsed: { shape: 'subroutine', fill: '#f5f5f5', stroke: '#9e9e9e', legend: 'folded group' },
};

/** Mermaid class name of a kind: ours, never from user text */
export const kindClass = (kind: NodeKind): string => `k_${kind.replace(/-/g, '_')}`;

export const classDefLine = (kind: NodeKind): string => {
  const s = KIND_STYLE[kind];
  return `classDef ${kindClass(kind)} fill:${s.fill},stroke:${s.stroke},color:#1a1a1a`;
};

export const MISSING_CLASS = 'missing';
export const PROBLEM_CLASS = 'problem';
/** the two node states, drawn over the kind's colours */
export const STATE_STYLE = {
  missing: { fill: '#ffffff', stroke: '#9e9e9e', legend: 'referenced, not in the workspace' },
  problem: { stroke: '#d32f2f', legend: 'has errors or warnings' },
} as const;
export const STATE_CLASSDEFS = [
  `classDef ${MISSING_CLASS} fill:${STATE_STYLE.missing.fill},stroke:${STATE_STYLE.missing.stroke},stroke-dasharray:5 5,color:#616161`,
  `classDef ${PROBLEM_CLASS} stroke:${STATE_STYLE.problem.stroke},stroke-width:3px`,
];

/** traffic is thick, permissions and configuration dotted, the rest plain */
export function arrow(kind: EdgeKind): string {
  switch (kind) {
    case 'routes-to':
    case 'selects':
      return '==>';
    case 'uses-role':
    case 'assumes':
    case 'reads-secret':
    case 'reads-config':
    case 'runs-as':
      return '-.->';
    default:
      return '-->';
  }
}

const GROUP_NAMES: Record<GroupKind, string> = {
  'ecs-cluster': 'ECS cluster',
  'eks-cluster': 'EKS cluster',
  namespace: 'namespace',
  aws: 'AWS account resources',
};

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);

/** the style of a kind that came over a message: undefined for one we do not know */
export const styleOf = (kind: string): KindStyle | undefined => (has(KIND_STYLE, kind) ? KIND_STYLE[kind] : undefined);

/** a kind's name for people (legend, hover, kind filter); a group's kind by its group name */
export function kindName(kind: string, isGroup = false): string {
  if (isGroup && has(GROUP_NAMES, kind)) return GROUP_NAMES[kind];
  return styleOf(kind)?.legend ?? (has(GROUP_NAMES, kind) ? GROUP_NAMES[kind] : kind);
}
