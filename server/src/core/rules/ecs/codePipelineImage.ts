/**
 * `"image": "<IMAGE1_NAME>"` in a CodePipeline `taskdef.json`: the ECS blue/green action writes the
 * built image there. Said once, as information, instead of the generic placeholder warning.
 */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerNode } from '../../ecs/model';
import { codePipelineImage } from '../../deploy/codePipeline';
import { isEcs } from './guard';
import { at } from '../place';

export const codePipelineImageRule: Rule = {
  id: 'ecs/codepipeline-image',
  severity: 'information',
  description: 'An image written as `<IMAGE1_NAME>`: CodePipeline’s ECS blue/green action fills it in from its image artifact.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc) {
    const out: RuleFinding[] = [];
    for (const c of taskView(doc)?.containers ?? []) {
      const node = containerNode(c, ['image']);
      const name = codePipelineImage(node?.value);
      if (!node || !name) continue;
      out.push(
        at(
          node,
          `CodePipeline's ECS blue/green action writes the image here (its image artifact whose placeholder is "${name}"); keep it as is in taskdef.json.`,
        ),
      );
    }
    return out;
  },
};
