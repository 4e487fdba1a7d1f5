/** Completion in templates: logical ids, attributes, resource types, and properties from the specification. */
import type { CompletionContributor } from '../../complete/types';

export const cfnCompletionContributors: readonly CompletionContributor[] = [];
