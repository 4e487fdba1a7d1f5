/** The Kubernetes and EKS rules, in the order they report. */
import type { Rule } from '../rule';
import { removedApiRule } from './removedApi';
import { notServedYetRule } from './notServedYet';
import { unknownKindRule } from './unknownKind';
import { yamlBooleanStringRule, yamlNumberStringRule } from './yamlTrapRules';
import { selectorMismatchRule } from './selectorMismatch';
import { serviceSelectsNothingRule } from './serviceSelectsNothing';
import { ingressBackendMissingRule } from './ingressBackendMissing';
import { hpaTargetMissingRule } from './hpaTargetMissing';
import { pvcStorageClassMissingRule } from './pvcStorageClassMissing';
import { missingReferenceRule } from './missingReference';
import { imageLatestRule } from './imageLatest';
import { missingResourcesRule } from './missingResources';
import { missingProbesRule } from './missingProbes';
import { irsaAnnotationRule } from './irsaAnnotation';
import { storageClassParametersRule } from './storageClassParameters';
import { albAnnotationsRule } from './albAnnotations';
import { nlbAnnotationsRule } from './nlbAnnotations';
import { fargateDaemonSetRule } from './fargateDaemonSet';
import { fargatePrivilegedRule } from './fargatePrivileged';
import { fargateGpuRule } from './fargateGpu';
import { fargateEbsRule } from './fargateEbs';
import { fargatePodIdentityRule } from './fargatePodIdentity';
import { fargateLbTargetTypeRule } from './fargateLbTargetType';
import { fargateJobTtlRule } from './fargateJobTtl';
import { albInstanceTargetServiceTypeRule } from './albInstanceTargetServiceType';

export const k8sRules: Rule[] = [
  removedApiRule,
  notServedYetRule,
  unknownKindRule,
  yamlBooleanStringRule,
  yamlNumberStringRule,
  selectorMismatchRule,
  serviceSelectsNothingRule,
  ingressBackendMissingRule,
  hpaTargetMissingRule,
  pvcStorageClassMissingRule,
  missingReferenceRule,
  imageLatestRule,
  missingResourcesRule,
  missingProbesRule,
  irsaAnnotationRule,
  storageClassParametersRule,
  albAnnotationsRule,
  nlbAnnotationsRule,
  fargateDaemonSetRule,
  fargatePrivilegedRule,
  fargateGpuRule,
  fargateEbsRule,
  fargatePodIdentityRule,
  fargateLbTargetTypeRule,
  fargateJobTtlRule,
  albInstanceTargetServiceTypeRule,
];
