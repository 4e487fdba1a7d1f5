/**
 * Who deploys a task definition file: the GitHub workflow steps and ecspresso configs of the
 * workspace that name it. ECS rules ask here, through the workspace index, so a change to a
 * workflow or a config re-checks the files it names (the index stamps the deploy keys).
 */
import type { WorkspaceIndex } from '../workspace';
import type { AstNode } from '../parse/tree';
import { deployKey } from './kind';
import { actionSteps, inputText, renderOutputOf } from './workflow';
import { ecspressoConfig } from './ecspresso';
import { folderOf, repoRootOf, resolveUri } from './paths';

export interface DeployUse {
  tool: 'github-actions' | 'ecspresso';
  /** the workflow or config that names the file */
  source: string;
  /** the node there that names it */
  node: AstNode;
  /** the render step's container(s) and image, when a render step reads the file */
  render?: { containers: string[]; image?: string; containerNode?: AstNode };
  /** the deploy action (or ecspresso) registers it: describe-only fields, nulls and empty values are dropped */
  registers: boolean;
  service?: string;
  cluster?: string;
  /** what the file is to the tool */
  role: 'task-definition' | 'service-definition';
}

export function deployUsesOf(ws: WorkspaceIndex, uri: string): readonly DeployUse[] {
  return ws.memo('deploy-uses', () => buildUses(ws)).get(uri) ?? [];
}

/** Every use, by the URI of the file used. */
export function allDeployUses(ws: WorkspaceIndex): Map<string, DeployUse[]> {
  return ws.memo('deploy-uses', () => buildUses(ws));
}

function buildUses(ws: WorkspaceIndex): Map<string, DeployUse[]> {
  const out = new Map<string, DeployUse[]>();
  const add = (uri: string | undefined, u: DeployUse) => {
    if (uri) out.set(uri, [...(out.get(uri) ?? []), u]);
  };
  for (const { file, doc } of ws.docs(deployKey('github-workflow'))) {
    const root = repoRootOf(file.uri) ?? folderOf(file.uri);
    const steps = actionSteps(doc.root);
    // a render step's output is its input file with one image changed: follow the chain back
    const fileOfStep = new Map<string, { uri?: string; node: AstNode }>();
    const source = (path: string | undefined, node: AstNode | undefined) => {
      if (!path || !node) return undefined;
      const from = renderOutputOf(path);
      return from ? fileOfStep.get(from) : { uri: resolveUri(root, path), node };
    };
    for (const s of steps) {
      const src = source(inputText(s, 'task-definition'), s.inputs.get('task-definition'));
      if (!src) continue;
      if (s.action === 'render') {
        if (s.id) fileOfStep.set(s.id, src);
        const names = inputText(s, 'container-name');
        add(src.uri, {
          tool: 'github-actions',
          source: file.uri,
          node: src.node,
          registers: false,
          role: 'task-definition',
          render: {
            containers: (names ?? '')
              .split(',')
              .map((n) => n.trim())
              .filter(Boolean),
            image: inputText(s, 'image'),
            containerNode: s.inputs.get('container-name'),
          },
        });
      } else {
        add(src.uri, {
          tool: 'github-actions',
          source: file.uri,
          node: src.node,
          registers: true,
          role: 'task-definition',
          service: inputText(s, 'service'),
          cluster: inputText(s, 'cluster'),
        });
      }
    }
  }
  for (const { file, doc } of ws.docs(deployKey('ecspresso'))) {
    const c = ecspressoConfig(doc.root);
    const base = folderOf(file.uri);
    for (const [node, role] of [
      [c.taskDefinition, 'task-definition'],
      [c.serviceDefinition, 'service-definition'],
    ] as const) {
      if (!node || typeof node.value !== 'string' || /\.jsonnet$/i.test(node.value)) continue;
      add(resolveUri(base, node.value), {
        tool: 'ecspresso',
        source: file.uri,
        node,
        registers: true,
        role,
        service: c.service,
        cluster: c.cluster,
      });
    }
  }
  return out;
}

/** How the tools that read a file treat it: what they drop and whether they unwrap describe output. */
export interface DeployReading {
  /** the tool reading the file, for messages (`the deploy action`, `ecspresso`) */
  by: string;
  /** describe-only fields, nulls and (GitHub action) empty values are dropped before registering */
  drops: boolean;
  /** empty strings, lists and objects are dropped (the deploy action) */
  dropsEmpty: boolean;
  /** `{ "taskDefinition": … }` is read (ecspresso) */
  unwraps: boolean;
}

export function deployReading(ws: WorkspaceIndex, uri: string): DeployReading | undefined {
  const uses = deployUsesOf(ws, uri);
  if (!uses.length) return undefined;
  const gha = uses.some((u) => u.tool === 'github-actions');
  const eco = uses.some((u) => u.tool === 'ecspresso');
  return {
    by: gha && eco ? 'the deploy action and ecspresso' : gha ? 'the deploy action' : 'ecspresso',
    drops: true,
    dropsEmpty: gha && !eco,
    unwraps: eco && !gha,
  };
}
