/**
 * The deploy tools in the diagram: a workflow or ecspresso config → the task definition it
 * registers → the service it updates. Runs after the ECS family, whose nodes it points at.
 */
import type { GraphBuilder } from '../graph/model';
import { nodeId } from '../graph/model';
import type { WorkspaceIndex } from '../workspace';
import { ecsGroup } from '../graph/ecs';
import { clusterNameOf } from '../ecs/refs';
import { taskView } from '../ecs/model';
import { allDeployUses } from './uses';

const baseName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
const stem = (uri: string) => baseName(uri).replace(/\.(json|ya?ml)$/i, '');

export function addDeploy(b: GraphBuilder, ws: WorkspaceIndex): void {
  const uses = [...allDeployUses(ws)].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [uri, list] of uses) {
    const task = ws.get(uri)?.docs.find((d) => d.kind.family === 'ecs' && d.kind.type === 'task-definition');
    if (!task) continue;
    const family = taskView(task)?.family ?? stem(uri);
    const tid = b.ref('task-definition', nodeId('task-definition', family), { label: `Task definition ${family}` }).id;
    // one arrow per workflow: "renders, registers" when it does both
    const verbs = new Map<string, Set<string>>();
    for (const u of list) {
      if (u.role !== 'task-definition') continue;
      const label = u.tool === 'github-actions' ? `GitHub workflow ${baseName(u.source)}` : `ecspresso ${baseName(u.source)}`;
      const wid = b.node('deploy-pipeline', nodeId('deploy-pipeline', u.source), {
        label,
        source: { uri: u.source, offset: u.node.offset, length: u.node.length },
      }).id;
      verbs.set(wid, (verbs.get(wid) ?? new Set()).add(u.render ? 'renders' : 'registers'));
      if (!u.service || u.service.includes('{{') || u.service.includes('${{')) continue;
      const cluster = clusterNameOf(u.cluster && !u.cluster.includes('{{') ? u.cluster : 'default');
      const sid = b.ref('ecs-service', nodeId('ecs-service', cluster, u.service), {
        label: `ECS service ${u.service}`,
        group: ecsGroup(cluster),
      }).id;
      b.edge(tid, sid, 'deploys', 'updates');
    }
    for (const [wid, v] of verbs) b.edge(wid, tid, 'deploys', [...v].sort().join(', '));
  }
}
