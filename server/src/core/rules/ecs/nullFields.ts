/**
 * `null` values (the ECS console's JSON view writes them for every unset field). The ECS API and
 * the deploy action read them as unset, but `aws ecs register-task-definition --cli-input-json`
 * refuses each one, so one warning per document, with a fix that removes them all.
 */
import type { Rule } from '../rule';
import { nullProperties } from '../../ecs/nulls';
import { removeProperties } from '../../edit/removeProperty';
import { isEcs } from './guard';
import { deployReading } from '../../deploy/uses';
import { at } from '../place';

export const nullFields: Rule = {
  id: 'ecs/null-fields',
  severity: 'warning',
  description: 'Null values are read as "not set" by ECS, but the AWS CLI refuses them; remove them.',
  // the deploy action and ecspresso read nulls as unset too: nothing to say when one of them reads the file
  crossFile: true,
  appliesTo: (doc) => isEcs(doc),
  check(doc, ctx) {
    if (deployReading(ctx.workspace, ctx.file.uri)?.drops) return [];
    const groups = nullProperties(doc.body);
    if (!groups.size) return [];
    const props = [...groups.values()].flat().sort((a, b) => a.offset - b.offset);
    const edits = [...groups].flatMap(([obj, list]) => removeProperties(ctx.file, obj, list));
    const n = props.length;
    const msg =
      n === 1
        ? 'This field is null. ECS treats it as not set, but the AWS CLI refuses null values. Remove it.'
        : `This document has ${n} null fields (this is the first). ECS treats them as not set, but the AWS CLI refuses null values. Remove them.`;
    return [
      at(props[0].children![0], msg, [
        { title: n === 1 ? 'Remove the null field' : `Remove all ${n} null fields`, edits, preferred: true },
      ]),
    ];
  },
};
