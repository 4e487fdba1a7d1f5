/**
 * The deploy family: files of the tools that deploy ECS task definitions (GitHub Actions workflows
 * with the ECS render/deploy actions, ecspresso configs). They have no schema of ours: their rules
 * check the inputs, and they tell the ECS rules how the files they name are read (uses.ts).
 */
import type { DocumentFamily } from '../family';
import { deployKey, type DeployKind } from './kind';
import { detectDeploy } from './detect';
import { deployRules } from './rules/index';
import { completeActionInputs, completeRenderContainer } from './complete';
import { hoverActionInput } from './hover';
import { addDeploy } from './graph';

export const deployFamily: DocumentFamily<DeployKind> = {
  name: 'deploy',
  detect: detectDeploy,
  displayName: (kind) => (kind.tool === 'github-workflow' ? 'GitHub Actions workflow (ECS deploy)' : 'ecspresso config'),
  schemaId: () => undefined,
  schemaCheck: (doc) => ({ value: doc.value, strict: false, partial: true }),
  bodyPath: (_kind, path) => path,
  indexKeys: (kind) => [deployKey(kind.tool)],
  looksLike: (head) => /aws-actions\/amazon-ecs-(render|deploy)-task-definition/.test(head),
  rules: deployRules,
  completion: [completeActionInputs, completeRenderContainer],
  hover: [hoverActionInput],
  codeActions: [],
  graph: (b, ws) => addDeploy(b, ws),
  // its documents are read as themselves: no view for another family's rules
  views: () => [],
};
