/** Shared gate for the CloudFormation semantic rules: a template, parsed, and its model. */
import type { DocUnit } from '../../types';
import { templateOf, type CfnTemplate } from '../../cfn/template';

export const isTemplate = (doc: DocUnit): boolean => doc.kind.family === 'cfn' && !doc.templated && !!doc.root;

export const template = (doc: DocUnit): CfnTemplate | undefined => (isTemplate(doc) ? templateOf(doc) : undefined);
