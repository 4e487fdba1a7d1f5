/**
 * The deploy tools in the diagram: a workflow or ecspresso config → the task definition it
 * registers → the service it updates; a workflow → the CodeDeploy AppSpec it sends → the task
 * definition it deploys → the services that run it with the CODE_DEPLOY controller. Runs after the
 * ECS family, whose nodes it points at.
 */
import type { GraphBuilder } from '../graph/model';
import { nodeId } from '../graph/model';
import type { WorkspaceIndex } from '../workspace';
import { ecsGroup } from '../graph/ecs';
import { clusterNameOf } from '../ecs/refs';
import { taskView } from '../ecs/model';
import { allDeployUses } from './uses';
import { deployKey } from './kind';
import { appSpecTarget } from './appspec';
import { appSpecTask } from './appspecTask';
import { appSpecUsesOf } from './appspecUses';
import { servicesRunning } from '../ecs/refs';
import { bodyValue, isObj, str } from '../ecs/model';

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
  addAppSpecs(b, ws);
}

function addAppSpecs(b: GraphBuilder, ws: WorkspaceIndex): void {
  for (const { file, doc } of ws.docs(deployKey('appspec'))) {
    const t = appSpecTarget(doc.root);
    const aid = b.node('deploy-pipeline', nodeId('deploy-pipeline', file.uri), {
      label: `CodeDeploy AppSpec ${baseName(file.uri)}`,
      source: { uri: file.uri, offset: doc.root?.offset ?? 0, length: doc.root?.length ?? 0 },
      facts: ['ECS blue/green deployment'],
    }).id;
    // the workflows whose deploy step sends it (codedeploy-appspec)
    for (const use of appSpecUsesOf(ws, file.uri)) {
      const wid = b.node('deploy-pipeline', nodeId('deploy-pipeline', use.workflow), {
        label: `GitHub workflow ${baseName(use.workflow)}`,
        source: { uri: use.workflow, offset: use.node.offset, length: use.node.length },
      }).id;
      b.edge(wid, aid, 'deploys', 'sends');
    }
    const task = appSpecTask(ws, file.uri, t.taskDefinition?.value);
    const family = task?.view.family;
    if (!family) continue;
    const tid = b.ref('task-definition', nodeId('task-definition', family), { label: `Task definition ${family}` }).id;
    const lb = t.containerName && typeof t.containerName.value === 'string' ? ` (traffic to ${t.containerName.value})` : '';
    b.edge(aid, tid, 'deploys', `blue/green${lb}`);
    // the services CodeDeploy updates: those of this family under the CODE_DEPLOY controller
    for (const e of servicesRunning(ws, family)) {
      const v = bodyValue(e.doc);
      const name = isObj(v) ? (str(v.serviceName) ?? str(v.service)) : undefined;
      const ctl = isObj(v) && isObj(v.deploymentController) ? str(v.deploymentController.type) : undefined;
      if (!name || ctl !== 'CODE_DEPLOY') continue;
      const cluster = clusterNameOf(str((v as Record<string, unknown>).cluster) ?? 'default');
      const sid = b.ref('ecs-service', nodeId('ecs-service', cluster, name), { label: `ECS service ${name}`, group: ecsGroup(cluster) }).id;
      b.edge(tid, sid, 'deploys', 'blue/green');
    }
  }
}
