/**
 * The image a GitHub workflow's render step substitutes into a container of this task definition
 * file (`amazon-ecs-render-task-definition` with `container-name` and `image`): what the
 * file says there is a placeholder until the workflow runs.
 */
import { findNodeAtPath, type AstNode } from '../parse/tree';
import type { WorkspaceIndex } from '../workspace';
import type { ContainerView } from '../ecs/model';
import { deployUsesOf } from '../deploy/uses';

const base = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

export function renderedImages(
  ws: WorkspaceIndex,
  uri: string,
  containers: readonly ContainerView[],
): { node: AstNode; label: string; tooltip: string }[] {
  const out: { node: AstNode; label: string; tooltip: string }[] = [];
  for (const use of deployUsesOf(ws, uri)) {
    const image = use.render?.image;
    if (!image) continue;
    for (const c of containers) {
      const node = findNodeAtPath(c.node, ['image']);
      if (!node || !c.name || !use.render!.containers.includes(c.name)) continue;
      out.push({
        node,
        label: `→ ${image} (${base(use.source)})`,
        tooltip: `The render step of ${base(use.source)} replaces this image with ${image} before it deploys.`,
      });
    }
  }
  return out;
}
