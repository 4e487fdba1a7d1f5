/**
 * An event pattern EventBridge accepts: put-rule's `EventPattern` is the pattern as a JSON string,
 * and an event pattern file (`--event-pattern file://…`) is the pattern itself.
 */
import type { Rule, RuleFinding } from '../../rules/rule';
import { findNodeAtPath } from '../../parse/tree';
import { patternProblems } from '../../cfn/events/pattern';
import { hasTemplateSyntax } from '../../text/placeholder';
import { at, pathSpan } from '../../rules/place';
import { isAwsCli } from './guard';

export const eventPattern: Rule = {
  id: 'awscli/event-pattern',
  severity: 'error',
  description: 'EventPattern is a JSON object of fields whose values are arrays of values or filters.',
  appliesTo: (doc) => isAwsCli(doc, ['put-rule', 'event-pattern']),
  check(doc) {
    if (doc.kind.family === 'awscli' && doc.kind.doc === 'event-pattern')
      return patternProblems(doc.value).map((p) => at(pathSpan(doc, p.path, p.onKey), p.message));
    const node = findNodeAtPath(doc.root, ['EventPattern']);
    if (!node) return [];
    // the schema says "must be a string" for an object; the problems inside it are still worth saying
    if (node.type === 'object') return [];
    if (node.type !== 'string' || typeof node.value !== 'string' || hasTemplateSyntax(node.value)) return [];
    let pattern: unknown;
    try {
      pattern = JSON.parse(node.value);
    } catch {
      return [at(node, 'EventPattern is not valid JSON: it is the pattern object written as a JSON string.')];
    }
    const out: RuleFinding[] = [];
    for (const p of patternProblems(pattern)) {
      const where = p.path.length ? ` (at ${p.path.join('.')})` : '';
      out.push(at(node, `${p.message}${where}`));
    }
    return out;
  },
};
