/**
 * A small codicon before each node's name, so kinds differ by more than colour (with the shapes
 * from the shared style table). The code points come from @vscode/codicons' own table, bundled
 * as text; the font is served from the extension (codicon.css). Kinds without an entry (a family
 * added later) get a plain dot until they have one.
 */
import table from '@vscode/codicons/dist/codicon.csv';

const GLYPH: Record<string, string> = {
  'ecs-cluster': 'server-environment',
  'eks-cluster': 'server-environment',
  'capacity-provider': 'vm',
  'node-group': 'vm',
  'fargate-profile': 'cloud',
  'ecs-service': 'pulse',
  'k8s-service': 'radio-tower',
  'task-definition': 'file-code',
  workload: 'layers',
  container: 'package',
  'iam-role': 'shield',
  'instance-profile': 'shield',
  'service-account': 'account',
  'target-group': 'target',
  'load-balancer': 'globe',
  ingress: 'globe',
  efs: 'database',
  pvc: 'database',
  'storage-class': 'archive',
  'csi-driver': 'plug',
  'ecr-repository': 'repo',
  image: 'repo',
  secret: 'key',
  'k8s-secret': 'key',
  'ssm-parameter': 'symbol-key',
  'config-map': 'settings',
  scaling: 'dashboard',
  hpa: 'dashboard',
  'deploy-pipeline': 'rocket',
  'event-rule': 'symbol-event',
  schedule: 'history',
  's3-bucket': 'archive',
  'sqs-queue': 'inbox',
  alarm: 'bell',
  'scaling-policy': 'dashboard',
  'sns-topic': 'broadcast',
  'dynamodb-table': 'database',
  'auto-scaling-group': 'vm',
  'launch-template': 'file-code',
  listener: 'radio-tower',
  'app-runner-service': 'pulse',
  'express-service': 'pulse',
  'nested-stack': 'type-hierarchy',
  'node-pool': 'vm',
  'node-class': 'server-process',
  'scaled-object': 'dashboard',
  collapsed: 'folder-library',
};
const FALLBACK = 'circle-small';

let points: Map<string, string> | undefined;
function codePoints(): Map<string, string> {
  if (!points) {
    points = new Map();
    for (const line of table.split('\n')) {
      const [name, , hex] = line.trim().split(',');
      if (name && hex && /^[0-9A-F]{4,5}$/i.test(hex)) points.set(name, String.fromCodePoint(parseInt(hex, 16)));
    }
  }
  return points;
}

/** the codicon name a kind is drawn with (the legend shows it as a vscode-icon) */
export const glyphName = (kind: string): string => (Object.prototype.hasOwnProperty.call(GLYPH, kind) ? GLYPH[kind] : FALLBACK);

/** the glyph character and a space, put before a node's name in its Mermaid label */
export function glyphPrefix(kind: string): string {
  const c = codePoints().get(glyphName(kind)) ?? codePoints().get(FALLBACK);
  return c ? `${c} ` : '';
}
