/** ARN shapes ECS documents use: IAM roles, Secrets Manager secrets, SSM parameters. */

// aws, aws-cn, aws-us-gov and the isolated partitions (aws-iso, aws-iso-b, …): the same shape the schemas accept
export const PARTITION = '(aws(?:-[a-z]+)*)';

export interface RoleArn {
  partition: string;
  account: string;
  path: string;
  name: string;
}

/** `arn:aws:iam::123456789012:role/path/name` */
export function parseRoleArn(s: string): RoleArn | undefined {
  const m = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):role/((?:[\\w+=,.@-]+/)*)([\\w+=,.@-]{1,64})$`).exec(s.trim());
  return m ? { partition: m[1], account: m[2], path: m[3] ? `/${m[3]}` : '/', name: m[4] } : undefined;
}

export interface GenericArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(s: string): GenericArn | undefined {
  const m = /^arn:([a-z-]+):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws|):(.+)$/.exec(s.trim());
  return m ? { partition: m[1], service: m[2], region: m[3], account: m[4], resource: m[5] } : undefined;
}

const SECRET = new RegExp(`^arn:${PARTITION}:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[\\w/+=.@-]+(:[^:]*){0,3}$`);
const PARAMETER = new RegExp(`^arn:${PARTITION}:ssm:[a-z0-9-]+:\\d{12}:parameter/[\\w/.-]+$`);

export type SecretRefKind = 'secretsmanager' | 'ssm' | 'ssm-name' | 'invalid';

/**
 * What a `valueFrom` names. A full Secrets Manager ARN (optionally with `:json-key:stage:version`),
 * a full SSM parameter ARN, or a bare SSM parameter name (same region only).
 */
export function secretRefKind(s: string): SecretRefKind {
  const t = s.trim();
  if (SECRET.test(t)) return 'secretsmanager';
  if (PARAMETER.test(t)) return 'ssm';
  if (!t.startsWith('arn:') && /^\/?[\w.-]+(\/[\w.-]+)*$/.test(t)) return 'ssm-name';
  return 'invalid';
}

export function isSecretsManagerArn(s: string): boolean {
  return SECRET.test(s.trim());
}
