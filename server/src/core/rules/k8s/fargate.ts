/** Shared for the Fargate rules: does a Fargate profile in the workspace select this workload's pods? */
import type { DocUnit } from '../../types';
import type { RuleContext } from '../rule';
import { fargateProfileFor, fargateProfiles, type FargateProfile } from '../../k8s/fargate';
import { namespaceOf, podTemplate, type PodTemplate } from '../../k8s/objects';
import { isK8s } from './guard';

export interface OnFargate {
  profile: FargateProfile;
  template: PodTemplate;
  namespace: string | undefined;
}

/** per document, for as long as the workspace's profiles are the same list (several rules ask) */
const answers = new WeakMap<DocUnit, { profiles: FargateProfile[]; answer: OnFargate | undefined }>();

export function onFargate(doc: DocUnit, ctx: RuleContext): OnFargate | undefined {
  if (!isK8s(doc)) return undefined;
  const profiles = fargateProfiles(ctx.workspace);
  if (!profiles.length) return undefined;
  const kept = answers.get(doc);
  if (kept?.profiles === profiles) return kept.answer;
  const answer = judge(doc, ctx);
  answers.set(doc, { profiles, answer });
  return answer;
}

function judge(doc: DocUnit, ctx: RuleContext): OnFargate | undefined {
  const template = podTemplate(doc);
  if (!template) return undefined;
  const namespace = namespaceOf(doc.value);
  const profile = fargateProfileFor(ctx.workspace, namespace, template.labels, ctx.file.uri);
  return profile ? { profile, template, namespace } : undefined;
}
