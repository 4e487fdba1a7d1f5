/**
 * Deterministic workspaces for the bench: a seeded PRNG (mulberry32), never Math.random, so every
 * run measures the same bytes. Documents look like what teams keep in git: one app per folder with
 * its Deployment/Service/Ingress/PVC, eksctl cluster configs, ECS task and service definitions —
 * with a few real-world slips (`:latest` images, a Fargate size mismatch) so rules have work to do.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';

import { ACCOUNT, Gen, NAMESPACES } from './genRandom.mjs';
import { configMap, deployment, eksctl, hpa, ingress, pvc, service, serviceAccount, storageClass } from './genKubernetes.mjs';
import { ecsService, taskDefinition } from './genEcs.mjs';

export { mulberry32 } from './genRandom.mjs';

/** Bump when the generated content changes: a stale bench/work folder is then rebuilt. */
const GENERATOR_VERSION = 3;

const json = (v) => JSON.stringify(v, null, 2) + '\n';

// ---------------------------------------------------------------- workspaces

/**
 * A workspace of `count` files. Each app yields a handful of files; the mix is fixed so medium and
 * large look alike at different sizes. Returns [relativePath, text][].
 */
export function workspaceFiles(count, seed) {
  const g = new Gen(seed);
  const files = [];
  const add = (p, t) => {
    if (files.length < count) files.push([p, t]);
  };
  add('k8s/storage-classes.yaml', storageClass('gp3', 'gp3') + '---\n' + storageClass('efs', 'gp2'));
  for (let i = 0; files.length < count; i++) {
    const ns = g.pick(NAMESPACES);
    const name = g.name(i);
    const dir = `k8s/${ns}/${name}`;
    // a third of the teams keep the Deployment and its Service in one file, as many repos do
    if (g.chance(0.33)) add(`${dir}/app.yaml`, deployment(g, name, ns) + '---\n' + service(g, name, ns));
    else {
      add(`${dir}/deployment.yaml`, deployment(g, name, ns));
      add(`${dir}/service.yaml`, service(g, name, ns));
    }
    add(`${dir}/serviceaccount.yaml`, serviceAccount(g, name, ns));
    if (i % 3 === 0) add(`${dir}/ingress.yaml`, ingress(g, name, ns));
    if (i % 4 === 0) add(`${dir}/pvc.yaml`, pvc(g, name, ns));
    if (i % 5 === 0) add(`${dir}/hpa.yaml`, hpa(g, name, ns));
    if (i % 6 === 0) add(`${dir}/configmap.yaml`, configMap(g, name, ns));
    const family = `svc-${name}`;
    add(`ecs/${family}/task-definition.json`, json(taskDefinition(g, family)));
    add(`ecs/${family}/service.json`, json(ecsService(g, family, `cluster-${i % 4}`)));
    if (i % 25 === 0) add(`clusters/cluster-${i}.eksctl.yaml`, eksctl(g, i));
  }
  return files;
}

/** One multi-document manifest of about `lines` lines (Deployments, Services, ConfigMaps, ...). */
export function bigManifest(lines, seed) {
  const g = new Gen(seed);
  const docs = [];
  let n = 0;
  for (let i = 0; n < lines; i++) {
    const ns = g.pick(NAMESPACES);
    const name = g.name(i);
    const makers = [deployment, service, configMap, serviceAccount, hpa, ingress, pvc];
    const d = makers[i % makers.length](g, name, ns);
    docs.push(d);
    n += d.split('\n').length; // each doc's trailing newline becomes the `---` line
  }
  return docs.join('---\n');
}

/** A ~200-line file: one app's whole stack in one manifest, the kind people edit every day. */
export function appManifest(seed) {
  const g = new Gen(seed);
  const name = 'storefront';
  const ns = 'shop';
  const parts = [
    serviceAccount(g, name, ns),
    configMap(g, name, ns),
    deployment(g, name, ns),
    service(g, name, ns),
    ingress(g, name, ns),
    pvc(g, name, ns),
    hpa(g, name, ns),
  ];
  let text = parts.join('---\n');
  for (let i = 0; text.split('\n').length < 180; i++) text += '---\n' + deployment(g, `${name}-worker-${i}`, ns);
  return text;
}

/**
 * The ECS "1 MB" case. A single task definition is capped at 64 KiB by ECS, so nobody has a 1 MB
 * task definition; what teams really have is a deploy repo with one task definition per service
 * and environment, saved as `register-task-definition` input or `describe-task-definition` output
 * (wrapped in `{ "taskDefinition": … }`). That folder is what we generate, to about 1 MB.
 */
export function ecsCollection(totalBytes, seed) {
  const g = new Gen(seed);
  const files = [];
  let size = 0;
  for (let i = 0; size < totalBytes; i++) {
    const env = ['dev', 'staging', 'prod'][i % 3];
    const family = `${g.name(Math.floor(i / 3))}-${env}`;
    const td = taskDefinition(g, family, { containers: g.int(2, 4), extraEnv: 25 });
    const wrapped = i % 4 === 3;
    const text = json(
      wrapped
        ? {
            taskDefinition: {
              ...td,
              taskDefinitionArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/${family}:${g.int(1, 300)}`,
              revision: g.int(1, 300),
              status: 'ACTIVE',
            },
          }
        : td,
    );
    files.push([`${env}/${family}.taskdef.json`, text]);
    size += Buffer.byteLength(text);
  }
  return files;
}

function writeAll(root, files) {
  rmSync(root, { recursive: true, force: true });
  for (const [rel, text] of files) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

/**
 * Writes every workspace under `workDir` (skipped when the stamp says it is current).
 * Returns the paths the bench needs.
 */
export function generateAll(workDir, seed = 20240611) {
  const paths = {
    small: join(workDir, 'small'),
    medium: join(workDir, 'medium'),
    large: join(workDir, 'large'),
    big: join(workDir, 'big'),
    ecs: join(workDir, 'ecs-1mb'),
  };
  paths.bigFile = join(paths.big, 'all-in-one.yaml');
  paths.appFile = join(paths.medium, 'k8s', 'shop', 'storefront.yaml');
  const stamp = join(workDir, `.generated-v${GENERATOR_VERSION}-${seed}`);
  if (existsSync(stamp)) return paths;
  rmSync(workDir, { recursive: true, force: true });
  writeAll(paths.small, workspaceFiles(20, seed + 1));
  // the ~200-line app manifest lives inside the medium workspace, as it would in a real repo
  writeAll(paths.medium, [...workspaceFiles(499, seed + 2), ['k8s/shop/storefront.yaml', appManifest(seed + 5)]]);
  writeAll(paths.large, workspaceFiles(2000, seed + 3));
  writeAll(paths.big, [['all-in-one.yaml', bigManifest(10_000, seed + 4)]]);
  writeAll(paths.ecs, ecsCollection(1024 * 1024, seed + 6));
  writeFileSync(stamp, new Date(0).toISOString());
  return paths;
}

export function lineCount(path) {
  return readFileSync(path, 'utf8').split('\n').length;
}
