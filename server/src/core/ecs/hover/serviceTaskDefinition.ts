/** Hover on a service's taskDefinition: what the referenced task definition in the workspace runs. */
import type { HoverContributor } from '../../hover/contributors';
import { parseTaskDefRef, findTaskDefinitions } from '../refs';
import { str } from '../model';
import { formatCpu, formatMemory, parseCpu, parseMemory } from '../units';

export const serviceTaskDefinitionHover: HoverContributor = (t, { workspace }) => {
  if (t.isKey || t.doc.kind.family !== 'ecs' || t.doc.kind.type !== 'service') return undefined;
  if (t.path.length !== 1 || t.path[0] !== 'taskDefinition' || typeof t.node.value !== 'string') return undefined;
  const ref = parseTaskDefRef(t.node.value);
  if (!ref) return undefined;
  const td = findTaskDefinitions(workspace, ref)[0];
  if (!td)
    return `Family \`${ref.family}\`${ref.revision ? ` · revision ${ref.revision}` : ' · latest ACTIVE revision'} — not found in this workspace.`;
  const cpu = parseCpu(td.value.cpu);
  const mem = parseMemory(td.value.memory);
  const size = [cpu && formatCpu(cpu), mem && formatMemory(mem)].filter(Boolean).join(' / ');
  const where =
    td.doc &&
    [...workspace.entries()]
      .find((e) => e.doc === td.doc)
      ?.file.uri.split('/')
      .pop();
  const lines = [
    `**Task definition \`${ref.family}\`**${ref.revision ? ` (revision ${ref.revision})` : ''}${where ? ` — ${where}` : ''}`,
    `${td.fargate ? 'Fargate' : 'EC2'} · network mode \`${td.networkMode ?? 'bridge'}\`${size ? ` · ${size}` : ''}`,
    `Containers: ${td.containers.map((c) => `\`${c.name ?? '?'}\` (${str(c.value.image) ?? 'no image'})`).join(', ')}`,
  ];
  return lines.join('  \n');
};
