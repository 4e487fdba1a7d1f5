/** The template model of a document for the semantic cfn/ rules (undefined for other documents). */
import type { DocUnit } from '../../types';
import { templateOf, type CfnTemplate } from '../../cfn/template';
import { isTemplate } from './guard';

export const template = (doc: DocUnit): CfnTemplate | undefined => (isTemplate(doc) ? templateOf(doc) : undefined);
