/**
 * Recognising a CloudFormation template by its content: `AWSTemplateFormatVersion`, a SAM
 * transform, or a `Resources` map whose entries have a `Type` such as `AWS::S3::Bucket` (how
 * `cdk synth` output and many hand-written templates start).
 */
import type { DetectInput, Detected } from '../family';
import { isObj, type Obj } from '../value';
import type { CfnKind } from './kind';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** `AWS::S3::Bucket`, `Custom::Thing`, `Alexa::ASK::Skill`: the shapes a resource type takes */
const RESOURCE_TYPE = /^(AWS|Alexa|Custom)::[A-Za-z0-9_@.-]+(::[A-Za-z0-9_@.-]+)*$/;
/** third-party registry types are `Org::Service::Resource` */
const REGISTRY_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(::MODULE)?$/;

export function detectCfn({ root, value }: DetectInput): Detected<CfnKind> | undefined {
  if (!isObj(value)) return undefined;
  // a Kubernetes-style document is never a template
  if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') return undefined;
  const sam = transforms(value).includes(SAM_TRANSFORM);
  if ('AWSTemplateFormatVersion' in value || sam || hasTypedResources(value.Resources)) return { kind: { family: 'cfn', sam }, body: root };
  return undefined;
}

/** The transforms a template declares (a string or a list of them). */
export function transforms(value: Obj): string[] {
  const t = value.Transform;
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function hasTypedResources(resources: unknown): boolean {
  if (!isObj(resources)) return false;
  const entries = Object.values(resources);
  return (
    entries.length > 0 &&
    entries.every((r) => isObj(r)) &&
    entries.some((r) => typeof (r as Obj).Type === 'string' && isResourceType((r as Obj).Type as string))
  );
}

export const isResourceType = (t: string): boolean => RESOURCE_TYPE.test(t) || REGISTRY_TYPE.test(t);
