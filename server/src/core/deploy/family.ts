/**
 * The deploy family: files of the tools that deploy ECS task definitions (GitHub Actions workflows
 * with the ECS render/deploy actions, ecspresso configs, CodeDeploy AppSpec files for ECS). Rules
 * check the workflows' inputs and the AppSpec's container against its task definition; the
 * workflows and configs tell the ECS rules how the files they name are read (uses.ts).
 */
import type { DocumentFamily } from '../family';
import { deployKey, type DeployKind } from './kind';
import { detectDeploy } from './detect';
import { deployRules } from './rules/index';
import { completeActionInputs, completeAppSpecContainer, completeRenderContainer } from './complete';
import { hoverActionInput } from './hover';
import { addDeploy } from './graph';
import { APPSPEC_SCHEMA_ID } from './appspec';

const NAMES: Record<DeployKind['tool'], string> = {
  'github-workflow': 'GitHub Actions workflow (ECS deploy)',
  ecspresso: 'ecspresso config',
  appspec: 'CodeDeploy AppSpec (ECS blue/green)',
};

export const deployFamily: DocumentFamily<DeployKind> = {
  name: 'deploy',
  detect: detectDeploy,
  displayName: (kind) => NAMES[kind.tool],
  // the AppSpec file has a schema (hand-written: no maintained source exists); the others are checked by rules
  schemaId: (kind) => (kind.tool === 'appspec' ? APPSPEC_SCHEMA_ID : undefined),
  schemaCheck: (doc) =>
    (doc.kind as DeployKind).tool === 'appspec'
      ? { value: doc.value, strict: true, partial: false }
      : { value: doc.value, strict: false, partial: true },
  bodyPath: (_kind, path) => path,
  indexKeys: (kind) => [deployKey(kind.tool)],
  looksLike: (head) => /aws-actions\/amazon-ecs-(render|deploy)-task-definition|\bversion"?\s*:\s*"?0\.0\b[^]*AWS::ECS::Service/.test(head),
  rules: deployRules,
  completion: [completeActionInputs, completeRenderContainer, completeAppSpecContainer],
  hover: [hoverActionInput],
  codeActions: [],
  graph: (b, ws) => addDeploy(b, ws),
  // its documents are read as themselves: no view for another family's rules
  views: () => [],
};
