/**
 * What the core needs from its host. The core reads no file itself: the schemas and the
 * precompiled validators come through here (Node: server/src/node/runtime.ts), which keeps a
 * browser host possible.
 */
import type { SchemaFile } from './schema/sources';

export interface SchemaSource {
  /** the committed ECS and eksctl schemas */
  bundledSchemas(): SchemaFile[];
  /** the generated Kubernetes schema bundle (dist/schemas/kubernetes.json), as bytes */
  kubernetesSchema(): Uint8Array | undefined;
  /** its field descriptions (dist/schemas/kubernetes-docs.json), as bytes: read on the first hover or completion only */
  kubernetesDocs?(): Uint8Array | undefined;
  /** the precompiled validators' index (dist/schemas/validators/index.json), as text */
  validatorIndex(): string | undefined;
  /** one precompiled validator chunk, as a loaded module */
  validatorChunk(file: string): Record<string, unknown> | undefined;
  /** the generated CloudFormation resource specification (dist/schemas/cfn-spec.json.gz), as JSON text */
  cfnSpec?(): string | undefined;
  /** its docs (dist/schemas/cfn-docs.json.gz), as JSON text: read on the first hover or completion only */
  cfnDocs?(): string | undefined;
  /** the generated schema of the AWS CLI inputs (dist/schemas/aws-cli.json: EventBridge, Scheduler, …), as bytes */
  awsCliSchema?(): Uint8Array | undefined;
}

export interface CoreRuntime {
  schemas: SchemaSource;
  /**
   * Today's date (YYYY-MM-DD, UTC): what EKS support status is judged on. The hosts read their
   * clock here; without it (tests) the core uses the date of its EKS calendar, so results never
   * depend on the day a test runs.
   */
  today?(): string;
}
