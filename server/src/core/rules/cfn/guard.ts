/**
 * What the cfn/ rules share: which documents they look at (`isTemplate`, every rule's
 * `appliesTo`), the template model of one, and the spec-based findings of one kind.
 */
import type { DocUnit } from '../../types';
import { templateOf, type CfnTemplate } from '../../cfn/template';
import type { RuleContext, RuleFinding } from '../rule';
import { specOf } from '../../cfn/spec';
import { propertyIssues, type PropertyIssueKind } from '../../cfn/checkProperties';

export const isTemplate = (doc: DocUnit): boolean => doc.kind.family === 'cfn' && !!doc.root && !doc.templated;

/** The template model of a document the cfn/ rules look at (undefined for any other). */
export const template = (doc: DocUnit): CfnTemplate | undefined => (isTemplate(doc) ? templateOf(doc) : undefined);

/** The property findings of one kind (checkProperties.ts walks the template once for all four rules). */
export function propertyFindings(kind: PropertyIssueKind, doc: DocUnit, ctx: RuleContext): RuleFinding[] {
  return propertyIssues(ctx.file.text, doc, specOf(ctx.store))
    .filter((i) => i.kind === kind)
    .map(({ offset, length, message, fixes }) => (fixes ? { offset, length, message, fixes } : { offset, length, message }));
}
