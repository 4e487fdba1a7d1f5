/** The CloudFormation family's document kind: one template (JSON or YAML, SAM, or `cdk synth` output). */
export interface CfnKind {
  family: 'cfn';
  /** `Transform: AWS::Serverless-2016-10-31`: SAM expands `AWS::Serverless::*` resources before deploying */
  sam: boolean;
}

/** the index key of every template (`WorkspaceIndex.docs`) */
export const CFN_KEY = 'cfn';

declare module '../types' {
  interface FamilyKinds {
    cfn: CfnKind;
  }
}
