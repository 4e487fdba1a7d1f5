/** Hover in templates: what a reference points at, resource types and properties from the specification. */
import type { HoverContributor } from '../../hover/contributors';

export const cfnHoverContributors: readonly HoverContributor[] = [];
