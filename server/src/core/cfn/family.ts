/**
 * The CloudFormation family: templates written by hand (JSON or YAML, short-form tags included),
 * SAM templates and `cdk synth` output. Its schema is the resource specification (spec.ts), read
 * by its own rules rather than through a JSON Schema: a template's properties are checked per
 * resource type, with an intrinsic function accepted wherever a value is.
 */
import type { DocumentFamily } from '../family';
import { CFN_KEY, type CfnKind } from './kind';
import { detectCfn } from './detect';
import { cfnRules } from '../rules/cfn/index';
import { cfnCompletionContributors } from './complete/index';
import { cfnHoverContributors } from './hover/index';
import { addCfn } from '../graph/cfn';
import { ecsViewsOf } from './ecs/views';

export const cfnFamily: DocumentFamily<CfnKind> = {
  name: 'cfn',
  detect: detectCfn,
  displayName: (kind) => (kind.sam ? 'CloudFormation template (SAM)' : 'CloudFormation template'),
  // no JSON Schema: the cfn/ rules check properties against the resource specification
  schemaId: () => undefined,
  schemaCheck: (doc) => ({ value: doc.value, strict: false, partial: true }),
  bodyPath: (_kind, path) => path,
  indexKeys: () => [CFN_KEY],
  looksLike: (head) => /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/.test(head),
  rules: cfnRules,
  completion: cfnCompletionContributors,
  hover: cfnHoverContributors,
  codeActions: [],
  views: ecsViewsOf,
  graph: addCfn,
};
