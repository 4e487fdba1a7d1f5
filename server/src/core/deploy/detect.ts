/** Recognising deploy tool files by content: workflows that use the ECS actions, ecspresso configs, ECS AppSpec files. */
import type { DetectInput, Detected } from '../family';
import type { DeployKind } from './kind';
import { usesEcsActions } from './workflow';
import { looksLikeEcspresso } from './ecspresso';
import { looksLikeAppSpec } from './appspec';

export function detectDeploy({ root, value, fileName }: DetectInput): Detected<DeployKind> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  // a workflow we say nothing about unless it deploys ECS task definitions
  if (usesEcsActions(value)) return { kind: { family: 'deploy', tool: 'github-workflow' }, body: root };
  if (looksLikeEcspresso(value, fileName)) return { kind: { family: 'deploy', tool: 'ecspresso' }, body: root };
  if (looksLikeAppSpec(value, fileName)) return { kind: { family: 'deploy', tool: 'appspec' }, body: root };
  return undefined;
}
