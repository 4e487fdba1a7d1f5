/**
 * ecspresso's config (`ecspresso.yml`): the cluster, the service and the two files it deploys,
 * relative to the config's folder. Jsonnet definitions (`.jsonnet`) are not read.
 */
import type { AstNode } from '../parse/tree';
import { valueAt } from './workflow';

export interface EcspressoConfig {
  cluster?: string;
  service?: string;
  region?: string;
  taskDefinition?: AstNode;
  serviceDefinition?: AstNode;
}

const str = (n: AstNode | undefined): string | undefined => (n && typeof n.value === 'string' ? n.value : undefined);

export function ecspressoConfig(root: AstNode | undefined): EcspressoConfig {
  const td = valueAt(root, 'task_definition');
  const sd = valueAt(root, 'service_definition');
  return {
    cluster: str(valueAt(root, 'cluster')),
    service: str(valueAt(root, 'service')),
    region: str(valueAt(root, 'region')),
    ...(str(td) ? { taskDefinition: td } : {}),
    ...(str(sd) ? { serviceDefinition: sd } : {}),
  };
}

/** Content that is an ecspresso config: a definition file and a cluster, service or region. */
export function looksLikeEcspresso(v: unknown, fileName: string): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const files = typeof o.task_definition === 'string' || typeof o.service_definition === 'string';
  return files && (/^ecspresso[^/]*\.ya?ml$/.test(fileName) || ['cluster', 'service', 'region', 'required_version'].some((k) => k in o));
}

/** ecspresso's template functions: values it fills in when it deploys. */
export const ECSPRESSO_TEMPLATE =
  /\{\{-?\s*(must_env|env|tfstate|tfstatef|ssm|ssm_list|secretsmanager_arn|json_escape|cfn_output|cfn_export)\b[^}]*\}\}/;
