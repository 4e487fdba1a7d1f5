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

import { objectHeaderRule } from './objectHeader';
import { objectNameRule } from './objectName';
import { labelsAnnotationsRule } from './labelsAnnotations';
import { portValuesRule } from './portValues';
import { servicePortsRule } from './servicePorts';
import { uniqueNamesRule } from './uniqueNames';
import { volumeMountsRule } from './volumeMounts';
import { probeValuesRule } from './probeValues';
import { jobValuesRule } from './jobValues';
import { resourceQuantitiesRule } from './resourceQuantities';
import { cronJobScheduleRule } from './cronJobSchedule';
import { envValueFromRule } from './envValueFrom';
import { hpaReplicasRule } from './hpaReplicas';
import { pdbBudgetRule } from './pdbBudget';
import { ingressPathsRule } from './ingressPaths';

export const k8sRules: Rule[] = [
  removedApiRule,
  notServedYetRule,
  unknownKindRule,
  yamlBooleanStringRule,
  yamlNumberStringRule,
  // what the API server rejects beyond the schema
  objectHeaderRule,
  objectNameRule,
  labelsAnnotationsRule,
  portValuesRule,
  servicePortsRule,
  uniqueNamesRule,
  volumeMountsRule,
  probeValuesRule,
  jobValuesRule,
  resourceQuantitiesRule,
  cronJobScheduleRule,
  envValueFromRule,
  hpaReplicasRule,
  pdbBudgetRule,
  ingressPathsRule,
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
