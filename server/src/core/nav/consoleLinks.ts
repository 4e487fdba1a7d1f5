/**
 * AWS console addresses for what a document names (role and policy ARNs, secrets, parameters,
 * target groups, keys, certificates, ECR images, log groups, EFS file systems), built offline from
 * the ARN's region and id. The commercial partition has a console host per region; China and
 * GovCloud have one host each, and every path below names its region in the query.
 */
const ARN = /^arn:(aws|aws-cn|aws-us-gov):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:(.+)$/;
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([^:@\s]+)/;

type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';
const GLOBAL: Record<Partition, string> = {
  aws: 'https://console.aws.amazon.com',
  'aws-cn': 'https://console.amazonaws.cn',
  'aws-us-gov': 'https://console.amazonaws-us-gov.com',
};
/** the partition a region belongs to, from its name (`cn-north-1`, `us-gov-west-1`) */
const partitionOf = (region: string): Partition =>
  region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';

const regional = (region: string, path: string, partition = partitionOf(region)) =>
  partition === 'aws' ? `https://${region}.console.aws.amazon.com/${path}` : `${GLOBAL[partition]}/${path}`;

/** The console page of an ARN, or undefined for ARNs we do not know the page of. */
export function arnConsoleUrl(arn: string): string | undefined {
  const m = ARN.exec(arn.trim());
  if (!m) return undefined;
  const [, partition, service, region, , resource] = m as unknown as [string, Partition, string, string, string, string];
  const r = encodeURIComponent(region);
  const home = GLOBAL[partition];
  switch (service) {
    case 'iam': {
      const role = /^role\/(?:.*\/)?([^/]+)$/.exec(resource);
      if (role) return `${home}/iam/home#/roles/details/${encodeURIComponent(role[1])}`;
      if (resource.startsWith('policy/')) return `${home}/iam/home#/policies/details/${encodeURIComponent(arn)}`;
      return undefined;
    }
    case 'secretsmanager': {
      // ECS appends `:json-key:version-stage:version-id`; the ARN ends the secret id with 6 random characters
      const id = /^secret:([^:]+)/.exec(resource)?.[1];
      if (!id || !region) return undefined;
      const name = id.replace(/-[A-Za-z0-9]{6}$/, '');
      return regional(region, `secretsmanager/secret?name=${encodeURIComponent(name)}&region=${r}`);
    }
    case 'ssm': {
      const p = /^parameter(\/.+)$/.exec(resource)?.[1];
      if (!p || !region) return undefined;
      // a hierarchical name keeps its leading slash (`parameter/prod/db` is `/prod/db`), a plain one has none
      const name = p.indexOf('/', 1) > 0 ? p : p.slice(1);
      return regional(region, `systems-manager/parameters/${encodeURIComponent(name)}/description?region=${r}`);
    }
    case 'elasticloadbalancing':
      if (!region) return undefined;
      if (resource.startsWith('targetgroup/')) return regional(region, `ec2/home?region=${r}#TargetGroup:targetGroupArn=${arn}`);
      if (resource.startsWith('loadbalancer/')) return regional(region, `ec2/home?region=${r}#LoadBalancer:loadBalancerArn=${arn}`);
      return undefined;
    case 'kms': {
      const key = /^key\/(.+)$/.exec(resource)?.[1];
      return key && region ? regional(region, `kms/home?region=${r}#/kms/keys/${encodeURIComponent(key)}`) : undefined;
    }
    case 'acm': {
      const cert = /^certificate\/(.+)$/.exec(resource)?.[1];
      return cert && region ? regional(region, `acm/home?region=${r}#/certificates/${encodeURIComponent(cert)}`) : undefined;
    }
    case 'logs': {
      const group = /^log-group:([^:]+)/.exec(resource)?.[1];
      return group && region ? logGroupUrl(group, region) : undefined;
    }
    case 'ecs': {
      const td = /^task-definition\/([^:]+)(?::(\d+))?$/.exec(resource);
      if (td && region)
        return regional(region, `ecs/v2/task-definitions/${encodeURIComponent(td[1])}${td[2] ? `/${td[2]}` : ''}?region=${r}`);
      const cluster = /^cluster\/(.+)$/.exec(resource)?.[1];
      return cluster && region ? regional(region, `ecs/v2/clusters/${encodeURIComponent(cluster)}?region=${r}`) : undefined;
    }
    default:
      return undefined;
  }
}

/** The ECR repository page of a private ECR image reference. */
export function ecrImageUrl(image: string): string | undefined {
  const m = ECR_IMAGE.exec(image.trim());
  if (!m) return undefined;
  const [, account, region, , repo] = m;
  return regional(region, `ecr/repositories/private/${account}/${repo}?region=${encodeURIComponent(region)}`);
}

/** CloudWatch Logs writes the group name URL-encoded twice, with `$` for `%`, in its fragment. */
export function logGroupUrl(group: string, region: string): string {
  const enc = encodeURIComponent(encodeURIComponent(group)).replace(/%/g, '$');
  return regional(region, `cloudwatch/home?region=${encodeURIComponent(region)}#logsV2:log-groups/log-group/${enc}`);
}

export function efsUrl(id: string, region: string | undefined): string {
  return region
    ? regional(region, `efs/home?region=${encodeURIComponent(region)}#/file-systems/${id}`)
    : `${GLOBAL.aws}/efs/home#/file-systems/${id}`;
}

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;

/** A region the document names (in an ARN, an ECR image or an awslogs-region), for ids that carry none (EFS). */
export function regionHint(values: Iterable<string>): string | undefined {
  for (const v of values) {
    const arn = /^arn:aws(?:-cn|-us-gov)?:[a-z0-9-]+:([a-z0-9-]+):/.exec(v);
    if (arn && REGION.test(arn[1])) return arn[1];
    const ecr = ECR_IMAGE.exec(v);
    if (ecr) return ecr[2];
    if (REGION.test(v)) return v;
  }
  return undefined;
}
