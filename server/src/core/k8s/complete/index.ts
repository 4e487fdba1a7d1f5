/** The Kubernetes completion contributors, registered in complete/contributors.ts. */
import type { CompletionContributor } from '../../complete/types';
import { apiVersionKindCompletion } from './apiVersionKind';
import { referenceCompletion } from './references';
import { selectorLabelCompletion } from './labels';
import { annotationCompletion } from './annotations';
import { storageClassCompletion } from './storage';
import { fieldValueCompletion } from './fieldValues';

export const k8sCompletionContributors: CompletionContributor[] = [
  apiVersionKindCompletion,
  referenceCompletion,
  selectorLabelCompletion,
  annotationCompletion,
  storageClassCompletion,
  fieldValueCompletion,
];
