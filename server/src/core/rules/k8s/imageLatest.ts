/** `:latest` or no tag: every rollout may pull a different image, and rollbacks cannot go back. */
import type { Rule, RuleFinding } from '../rule';
import { containersOf, isPlaceholder, podTemplate, str, WORKLOAD_KINDS } from '../../k8s/objects';
import { kustomizeSetsTag } from '../../k8s/kustomize';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

export function imageTag(image: string): { tag?: string; digest: boolean } {
  if (image.includes('@')) return { digest: true };
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return { tag: colon < 0 ? undefined : image.slice(colon + 1), digest: false };
}

export const imageLatestRule: Rule = {
  id: 'k8s/image-latest',
  severity: 'warning',
  description: 'Container images tagged :latest or without a tag.',
  appliesTo: (doc) => isK8s(doc, WORKLOAD_KINDS),
  check(doc, ctx) {
    if (isPatch(doc, ctx)) return [];
    const t = podTemplate(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const c of containersOf(t)) {
      const image = str(c.container.image);
      if (!image || isPlaceholder(image)) continue;
      const { tag, digest } = imageTag(image);
      if (digest || (tag !== undefined && tag !== 'latest')) continue;
      // a kustomization's `images:` pins the tag at build time
      if (kustomizeSetsTag(ctx.workspace, image)) continue;
      out.push(
        at(
          pathSpan(doc, [...c.path, 'image']),
          tag === 'latest'
            ? `\`${image}\` uses the moving \`latest\` tag: pin a version (or a digest) so rollouts and rollbacks are repeatable.`
            : `\`${image}\` has no tag, so \`latest\` is pulled: pin a version (or a digest) so rollouts and rollbacks are repeatable.`,
        ),
      );
    }
    return out;
  },
};
