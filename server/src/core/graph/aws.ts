/**
 * Account-level AWS resources both ECS and EKS documents point at: IAM roles, images and their
 * ECR repositories, Secrets Manager secrets and SSM parameters. One node per resource, however
 * many documents name it, so shared roles and repositories show up as shared.
 */
import { parseRoleArn, parseArn, secretRefKind } from '../ecs/arn';
import { parseImage } from '../ecs/image';
import { AWS_GROUP, nodeId, type GraphBuilder } from './model';

/** The role node for an ARN (or a bare role name); undefined for an empty value. */
export function roleNode(b: GraphBuilder, arnOrName: string, fact?: string): string | undefined {
  const s = arnOrName.trim();
  if (!s) return undefined;
  const arn = parseRoleArn(s);
  const name = arn
    ? arn.name
    : s
        .replace(/^.*:role\//, '')
        .split('/')
        .pop() || s;
  const id = arn ? nodeId('iam-role', arn.account, arn.name) : nodeId('iam-role', name);
  b.node('iam-role', id, {
    label: `IAM role ${name}`,
    group: AWS_GROUP,
    facts: [...(arn ? [`account ${arn.account}`] : []), ...(fact ? [fact] : [])],
  });
  return id;
}

export interface ImageTarget {
  id: string;
  label?: string;
}

/**
 * The node an image is pulled from: an ECR repository (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO`)
 * or another registry's repository. The tag or digest becomes the edge label.
 */
export function imageNode(b: GraphBuilder, image: string): ImageTarget | undefined {
  const img = parseImage(image);
  if (!img) return undefined;
  const pin = img.digest ? `digest ${img.digest.slice(0, 19)}…` : `tag ${img.tag ?? 'latest'}`;
  const r = img.registry;
  if (r.kind === 'ecr') {
    const id = nodeId('ecr-repository', r.account, r.region, img.repository);
    b.node('ecr-repository', id, {
      label: `ECR ${img.repository}`,
      group: AWS_GROUP,
      facts: [`account ${r.account}`, `region ${r.region}`],
    });
    return { id, label: pin };
  }
  const host = r.kind === 'docker-hub' ? 'docker.io' : r.host;
  const where = r.kind === 'docker-hub' ? 'Docker Hub' : r.kind === 'ecr-public' ? 'ECR Public' : host;
  const id = nodeId('image', host, img.repository);
  const short = r.kind === 'docker-hub' && r.official ? img.repository.replace(/^library\//, '') : img.repository;
  b.node('image', id, { label: `${where} ${short}`, facts: [`registry ${host}`] });
  return { id, label: pin };
}

/** A Secrets Manager secret or an SSM parameter named by a `valueFrom`. */
export function secretNode(b: GraphBuilder, valueFrom: string, fact?: string): string | undefined {
  const s = valueFrom.trim();
  const kind = secretRefKind(s);
  const facts = fact ? [fact] : [];
  if (kind === 'secretsmanager') {
    // `arn:…:secret:NAME-AbCdEf[:json-key:stage:version]`: the secret is NAME-AbCdEf
    const resource = parseArn(s)?.resource ?? s;
    const name = resource.split(':')[1] ?? resource;
    const id = nodeId('secret', name);
    b.node('secret', id, { label: `Secret ${name}`, group: AWS_GROUP, facts: ['Secrets Manager', ...facts] });
    return id;
  }
  if (kind === 'ssm' || kind === 'ssm-name') {
    const name = kind === 'ssm' ? (parseArn(s)?.resource ?? s).replace(/^parameter/, '') : s.startsWith('/') ? s : `/${s}`;
    const id = nodeId('ssm-parameter', name);
    b.node('ssm-parameter', id, { label: `SSM ${name}`, group: AWS_GROUP, facts: ['SSM Parameter Store', ...facts] });
    return id;
  }
  return undefined;
}
