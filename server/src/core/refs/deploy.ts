/**
 * The files a deploy tool's config names: a workflow step's `task-definition:` (also when it reads
 * a render step's output) and `codedeploy-appspec:`, ecspresso's `task_definition:` and
 * `service_definition:`. F12 on the path opens the file. They name files, not resources: the
 * references carry no name, so a rename never rewrites a path and lenses don't count them.
 */
import type { AstNode } from '../parse/tree';
import type { DocUnit } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { actionSteps, inputText } from '../deploy/workflow';
import { stepFiles } from '../deploy/stepFiles';
import { ecspressoConfig } from '../deploy/ecspresso';
import { folderOf, repoRootOf, resolveUri } from '../deploy/paths';
import { nodeAnchor } from './anchors';
import type { DeclarationsOf } from './ecs';
import type { DocRefs, Located, Reference } from './types';

export function collectDeploy(_text: string, doc: DocUnit, declarationsOf: DeclarationsOf): DocRefs {
  if (doc.kind.family !== 'deploy') return { declarations: [], references: [] };
  const references: Reference[] = [];
  const fileRef = (node: AstNode, target: (uri: string) => string | undefined) =>
    references.push({
      ...nodeAnchor(node),
      kind: 'file',
      resolve: (ws, uri) => {
        const file = target(uri);
        return file ? fileTargets(ws, file, declarationsOf) : [];
      },
    });
  if (doc.kind.tool === 'github-workflow') {
    actionSteps(doc.root).forEach((step, i) => {
      const td = step.inputs.get('task-definition');
      // stepFiles follows a render step's output back to the file it started from
      if (td) fileRef(td, (uri) => stepFiles(doc.root, uri)[i]?.uri);
      const appspec = step.inputs.get('codedeploy-appspec');
      const path = inputText(step, 'codedeploy-appspec');
      if (appspec && path) fileRef(appspec, (uri) => resolveUri(repoRootOf(uri) ?? folderOf(uri), path));
    });
  } else if (doc.kind.tool === 'ecspresso') {
    const c = ecspressoConfig(doc.root);
    for (const node of [c.taskDefinition, c.serviceDefinition])
      if (node && typeof node.value === 'string') {
        const path = node.value;
        fileRef(node, (uri) => resolveUri(folderOf(uri), path));
      }
  }
  return { declarations: [], references };
}

/** The file's outermost declarations (a task definition's family), else its first document itself. */
function fileTargets(ws: WorkspaceIndex, uri: string, declarationsOf: DeclarationsOf): Located[] {
  const file = ws.get(uri);
  if (!file) return [];
  const decls = file.docs.flatMap((doc) => declarationsOf(ws, { file, doc }).slice(0, 1));
  if (decls.length) return decls.map((decl) => ({ uri, decl }));
  // an AppSpec declares nothing by name: land on its first document
  const doc = file.docs[0];
  if (!doc?.root) return [];
  const at = doc.root;
  return [
    {
      uri,
      decl: {
        at,
        delta: 0,
        length: 0,
        kind: 'file',
        name: uri,
        symbol: 'module',
        full: { offset: doc.offset, length: doc.length },
        children: [],
      },
    },
  ];
}
