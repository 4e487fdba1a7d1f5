/** Hover on an image: where it is pulled from, which repository, and whether the tag is pinned. */
import type { HoverContributor } from '../../hover/contributors';
import { parseImage } from '../image';

export const imageHover: HoverContributor = (t) => {
  if (t.isKey || t.doc.kind.family !== 'ecs' || typeof t.node.value !== 'string') return undefined;
  const p = t.path;
  const bare = t.doc.kind.type === 'container-definitions';
  const isImage = bare ? p.length === 2 && p[1] === 'image' : p.length === 3 && p[0] === 'containerDefinitions' && p[2] === 'image';
  if (!isImage) return undefined;
  const img = parseImage(t.node.value);
  if (!img) return undefined;
  const reg = img.registry;
  const where =
    reg.kind === 'ecr'
      ? `Amazon ECR (private) · account \`${reg.account}\` · region \`${reg.region}\``
      : reg.kind === 'ecr-public'
        ? 'Amazon ECR Public (`public.ecr.aws`)'
        : reg.kind === 'docker-hub'
          ? reg.official
            ? 'Docker Hub · official image'
            : `Docker Hub · user/org \`${img.repository.split('/')[0]}\``
          : `Registry \`${reg.host}\``;
  const lines = [`**Image** — ${where}`, `Repository \`${img.repository}\``];
  if (img.digest) lines.push(`Digest \`${img.digest.slice(0, 19)}…\` (immutable)`);
  else if (!img.tag) lines.push('No tag: ECS pulls `latest`, which can change between deployments. Pin a version or a digest.');
  else if (img.tag === 'latest') lines.push('Tag `latest` can change between deployments. Pin a version or a digest.');
  else lines.push(`Tag \`${img.tag}\``);
  if (reg.kind === 'ecr') lines.push('Pulled with the task execution role on Fargate (the instance role on EC2).');
  if (reg.kind === 'docker-hub') lines.push('Docker Hub rate-limits anonymous pulls; consider an ECR pull-through cache.');
  return lines.join('  \n');
};
