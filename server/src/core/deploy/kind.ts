/** The deploy family's document kinds: the files of tools that deploy ECS task definitions. */
export type DeployTool = 'github-workflow' | 'ecspresso' | 'appspec';

export interface DeployKind {
  family: 'deploy';
  tool: DeployTool;
}

/** the index key of one tool's documents (`WorkspaceIndex.docs`) */
export const deployKey = (tool: DeployTool): string => `deploy:${tool}`;

declare module '../types' {
  interface FamilyKinds {
    deploy: DeployKind;
  }
}
