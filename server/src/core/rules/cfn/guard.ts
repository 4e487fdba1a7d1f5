/** What the cfn/ rules share: which documents they look at, and the spec-based findings of one kind. */
import type { DocUnit } from '../../types';
import type { RuleContext, RuleFinding } from '../rule';
import { specOf } from '../../cfn/spec';
import { propertyIssues, type PropertyIssueKind } from '../../cfn/checkProperties';

export const isTemplate = (doc: DocUnit): boolean => doc.kind.family === 'cfn' && !!doc.root && !doc.templated;

/** The property findings of one kind (checkProperties.ts walks the template once for all four rules). */
export function propertyFindings(kind: PropertyIssueKind, doc: DocUnit, ctx: RuleContext): RuleFinding[] {
  return propertyIssues(ctx.file.text, doc, specOf(ctx.store))
    .filter((i) => i.kind === kind)
    .map(({ offset, length, message, fixes }) => (fixes ? { offset, length, message, fixes } : { offset, length, message }));
}
