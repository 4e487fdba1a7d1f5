/**
 * ECR repositories with their scanning, tag immutability and replication facts (the registry's
 * settings added to the repositories they match), and the App Runner and ECS Express Mode
 * services with the images they pull.
 */
import type { GraphBuilder } from '../graph/model';
import { AWS_GROUP, nodeId } from '../graph/model';
import { ecsGroup } from '../graph/ecs';
import { imageNode } from '../graph/aws';
import { docSpan, sorted } from '../graph/sources';
import { parseImage } from '../ecs/image';
import { taskView } from '../ecs/model';
import type { WorkspaceIndex } from '../workspace';
import { asArray, isObj, str, type Obj } from '../value';
import { awsCliKey } from './kind';

export function addServices(b: GraphBuilder, ws: WorkspaceIndex): void {
  addRepositories(b, ws);
  for (const e of sorted(ws.docs(awsCliKey('apprunner-create-service')))) {
    const v = e.doc.value as Obj;
    const name = str(v.ServiceName) ?? 'service';
    const src = isObj(v.SourceConfiguration) ? v.SourceConfiguration : {};
    const repo = isObj(src.ImageRepository) ? src.ImageRepository : undefined;
    const id = b.node('app-runner-service', nodeId('app-runner-service', name), {
      label: `App Runner ${name}`,
      group: AWS_GROUP,
      facts: ['App Runner is closed to new customers since 30 April 2026 (ECS Express Mode is the successor)'],
      source: docSpan(e),
    }).id;
    const img = repo && str(repo.ImageIdentifier) ? imageNode(b, str(repo.ImageIdentifier)!) : undefined;
    if (img) b.edge(id, img.id, 'pulls-image', img.label);
    else if (isObj(src.CodeRepository) && str(src.CodeRepository.RepositoryUrl))
      b.get(id)?.facts.push(`built from ${str(src.CodeRepository.RepositoryUrl)}`);
  }
  for (const e of sorted(ws.docs(awsCliKey('create-express-gateway-service')))) {
    const v = e.doc.value as Obj;
    const cluster = (str(v.cluster) ?? 'default').replace(/^.*:cluster\//, '');
    const name = str(v.serviceName) ?? (e.file.uri.split('/').pop() ?? 'service').replace(/\.[^.]*$/, '');
    const group = ecsGroup(cluster);
    b.group(group, { kind: 'ecs-cluster', label: `ECS cluster ${cluster}` });
    const facts = ['ECS Express Mode: HTTPS endpoint, load balancer and scaling made by ECS'];
    if (str(v.healthCheckPath)) facts.push(`health check ${str(v.healthCheckPath)}`);
    const id = b.node('express-service', nodeId('express-service', cluster, name), {
      label: `Express service ${name}`,
      group,
      facts,
      source: docSpan(e),
    }).id;
    const c = isObj(v.primaryContainer) ? v.primaryContainer : {};
    const img = str(c.image) ? imageNode(b, str(c.image)!) : undefined;
    if (img) b.edge(id, img.id, 'pulls-image', img.label);
  }
}

interface RegistryFact {
  fact: string;
  /** repository name filters (prefix or wildcard); none: every repository */
  matches: (repo: string) => boolean;
}

function addRepositories(b: GraphBuilder, ws: WorkspaceIndex): void {
  const registry = registryFacts(ws);
  const where = ecrLocations(ws);
  for (const e of sorted(ws.docs(awsCliKey('ecr-create-repository')))) {
    const v = e.doc.value as Obj;
    const name = str(v.repositoryName);
    if (!name) continue;
    const facts: string[] = [];
    const scan = isObj(v.imageScanningConfiguration) ? v.imageScanningConfiguration.scanOnPush : undefined;
    if (scan !== undefined) facts.push(scan === true ? 'scan on push' : 'no scan on push');
    if (str(v.imageTagMutability)) facts.push(`tags ${str(v.imageTagMutability)!.toLowerCase().replace(/_/g, ' ')}`);
    const enc = isObj(v.encryptionConfiguration) ? str(v.encryptionConfiguration.encryptionType) : undefined;
    if (enc) facts.push(`encryption ${enc}`);
    for (const r of registry) if (r.matches(name)) facts.push(r.fact);
    // the same node as the images that name it, when they agree on one account and region
    const locs = where.get(name);
    const loc = locs?.size === 1 ? [...locs][0] : undefined;
    const id = loc ? nodeId('ecr-repository', loc, name) : nodeId('ecr-repository', name);
    b.node('ecr-repository', id, { label: `ECR ${name}`, group: AWS_GROUP, facts, source: docSpan(e) });
  }
}

/** repository name → the `ACCOUNT/REGION` of the ECR images that name it in task definitions */
function ecrLocations(ws: WorkspaceIndex): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of ws.ecs('task-definition'))
    for (const c of taskView(e.doc)?.containers ?? []) {
      const img = typeof c.value.image === 'string' ? parseImage(c.value.image) : undefined;
      if (img?.registry.kind !== 'ecr') continue;
      const set = out.get(img.repository) ?? new Set<string>();
      set.add(`${img.registry.account}/${img.registry.region}`);
      out.set(img.repository, set);
    }
  return out;
}

const wildcard = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

function registryFacts(ws: WorkspaceIndex): RegistryFact[] {
  const out: RegistryFact[] = [];
  for (const e of sorted(ws.docs(awsCliKey('ecr-put-replication-configuration')))) {
    const cfg = isObj(e.doc.value) && isObj(e.doc.value.replicationConfiguration) ? e.doc.value.replicationConfiguration : {};
    for (const rule of asArray(cfg.rules)) {
      if (!isObj(rule)) continue;
      const prefixes = asArray(rule.repositoryFilters)
        .map((f) => (isObj(f) ? str(f.filter) : undefined))
        .filter((f): f is string => !!f);
      const to = asArray(rule.destinations)
        .map((d) => (isObj(d) ? `${str(d.region) ?? '?'}${str(d.registryId) ? ` (${str(d.registryId)})` : ''}` : ''))
        .filter(Boolean);
      if (to.length)
        out.push({
          fact: `replicated to ${to.join(', ')}`,
          matches: (repo) => !prefixes.length || prefixes.some((p) => repo.startsWith(p)),
        });
    }
  }
  for (const e of sorted(ws.docs(awsCliKey('ecr-put-registry-scanning-configuration')))) {
    const v = e.doc.value as Obj;
    const type = str(v.scanType) ?? 'BASIC';
    for (const rule of asArray(v.rules)) {
      if (!isObj(rule) || !str(rule.scanFrequency)) continue;
      const filters = asArray(rule.repositoryFilters)
        .map((f) => (isObj(f) ? str(f.filter) : undefined))
        .filter((f): f is string => !!f)
        .map(wildcard);
      out.push({
        fact: `registry scanning ${type.toLowerCase()}, ${str(rule.scanFrequency)!.toLowerCase().replace(/_/g, ' ')}`,
        matches: (repo) => !filters.length || filters.some((f) => f.test(repo)),
      });
    }
  }
  return out;
}
