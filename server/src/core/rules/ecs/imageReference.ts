/** Image references: valid syntax, and a pinned tag or digest rather than the moving `latest`. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerNode, containerLabel, isPlaceholder } from '../../ecs/model';
import { parseImage } from '../../ecs/image';
import { schemaPatternRejects } from '../../ecs/schemaRange';
import { isEcs } from './guard';
import { renderedImages } from '../../deploy/asDeployed';
import { at } from '../place';

export const imageReference: Rule = {
  id: 'ecs/image-reference',
  severity: 'warning',
  description: 'Container images should be valid references pinned to a version tag or digest, not "latest".',
  // a workflow's render step replaces the image written in the file
  crossFile: true,
  appliesTo: (doc) => isEcs(doc, ['task-definition', 'container-definitions']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v) return [];
    const rendered = renderedImages(ctx.workspace, ctx.file.uri);
    const out: RuleFinding[] = [];
    const bare = !v.body;
    for (const c of v.containers) {
      if (c.name !== undefined && rendered.has(c.name)) continue;
      const node = containerNode(c, ['image']);
      if (typeof node?.value !== 'string' || isPlaceholder(node.value)) continue;
      const img = parseImage(node.value);
      if (!img) {
        // characters AWS refuses are the schema's finding; this rule explains the ones that pass it but cannot be pulled
        if (schemaPatternRejects(ctx.store, doc.kind, bare ? [c.index, 'image'] : ['containerDefinitions', c.index, 'image'], node.value))
          continue;
        out.push(
          at(
            node,
            `"${node.value}" is not a valid image reference (registry/repository:tag, lower-case repository). The task will fail to pull it.`,
          ),
        );
        continue;
      }
      if (img.digest) continue;
      if (!img.tag)
        out.push(
          at(node, `No tag means "latest": ${containerLabel(c)} may run a different image after each pull. Pin a version tag or a digest.`),
        );
      else if (img.tag === 'latest')
        out.push(
          at(
            node,
            `"latest" moves: ${containerLabel(c)} may run a different image after each pull, and rollbacks do not restore the old one. Pin a version tag or a digest.`,
          ),
        );
    }
    return out;
  },
};
