/** Container and task settings that Fargate does not offer (AWS refuses the task definition). */
import type { Rule, RuleFinding } from '../rule';
import type { AstNode } from '../../parse/tree';
import { findProperty } from '../../parse/tree';
import { taskView, containerNode, keyNode, containerLabel, isObj, asArray, str } from '../../ecs/model';
import { removeProperty } from '../../edit/removeProperty';
import type { Fix, SourceFile } from '../../types';
import { isEcs } from './guard';
import { at } from '../place';

const CONTAINER_FIELDS = [
  'disableNetworking',
  'dnsSearchDomains',
  'dnsServers',
  'dockerSecurityOptions',
  'extraHosts',
  'links',
  'privileged',
];
const LINUX_FIELDS = ['devices', 'sharedMemorySize', 'tmpfs', 'maxSwap', 'swappiness'];

function removeFix(file: SourceFile, obj: AstNode, key: string): Fix[] {
  const p = findProperty(obj, key);
  return p ? [{ title: `Remove "${key}"`, edits: removeProperty(file, p) }] : [];
}

export const fargateUnsupported: Rule = {
  id: 'ecs/fargate-unsupported',
  severity: 'error',
  description: 'Settings Fargate does not support (privileged, links, host volumes, docker volumes, devices, GPUs, ipcMode…).',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    if (!v?.body || !v.fargate) return [];
    const out: RuleFinding[] = [];
    const say = (node: AstNode, what: string, fixes?: Fix[]) =>
      out.push(at(node, `Fargate does not support ${what}. Remove it or run the task on EC2.`, fixes));
    for (const key of ['ipcMode', 'placementConstraints']) {
      const k = keyNode(v.body, key);
      if (k && v.value[key] !== undefined && !(key === 'placementConstraints' && asArray(v.value[key]).length === 0))
        say(k, `"${key}"`, removeFix(ctx.file, v.body, key));
    }
    if (str(v.value.pidMode) === 'host') say(keyNode(v.body, 'pidMode')!, '"pidMode": "host" (only "task")');
    for (const c of v.containers) {
      for (const key of CONTAINER_FIELDS) {
        const val = c.value[key];
        if (val === undefined || val === false || (Array.isArray(val) && val.length === 0)) continue;
        say(keyNode(c.node, key)!, `"${key}" (in ${containerLabel(c)})`, removeFix(ctx.file, c.node, key));
      }
      const lp = containerNode(c, ['linuxParameters']);
      const lpv = c.value.linuxParameters;
      if (lp && isObj(lpv)) {
        for (const key of LINUX_FIELDS) {
          const val = lpv[key];
          if (val === undefined || (Array.isArray(val) && val.length === 0)) continue;
          say(keyNode(lp, key)!, `linuxParameters "${key}"`, removeFix(ctx.file, lp, key));
        }
        const add = containerNode(c, ['linuxParameters', 'capabilities', 'add']);
        for (const item of add?.type === 'array' ? (add.children ?? []) : []) {
          if (typeof item.value === 'string' && item.value !== 'SYS_PTRACE')
            say(item, `adding the ${item.value} capability (only SYS_PTRACE)`);
        }
      }
      const rr = containerNode(c, ['resourceRequirements']);
      for (const item of rr?.type === 'array' ? (rr.children ?? []) : []) {
        const t = findProperty(item, 'type')?.children?.[1];
        if (t?.value === 'GPU') say(t, 'GPU resource requirements');
      }
    }
    const vols = volumesNode(v);
    for (const vol of vols?.type === 'array' ? (vols.children ?? []) : []) {
      const docker = keyNode(vol, 'dockerVolumeConfiguration');
      if (docker) say(docker, 'Docker volumes ("dockerVolumeConfiguration"); use EFS or ephemeral storage');
      const hostProp = findProperty(vol, 'host');
      const src = hostProp?.children?.[1] ? findProperty(hostProp.children[1], 'sourcePath') : undefined;
      if (src) say(src.children![0], 'host bind mounts with a "sourcePath" (leave "host" empty for a task-scoped volume)');
    }
    return out;
  },
};

function volumesNode(v: { body?: AstNode }): AstNode | undefined {
  const p = findProperty(v.body, 'volumes');
  return p?.children?.[1];
}
