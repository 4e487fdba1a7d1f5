/** Context-dependent value completions: every family's contributors, each deciding where it applies. */
import type { CompletionContributor } from './types';
import { FAMILY_LIST } from '../families';

export const contributors: readonly CompletionContributor[] = FAMILY_LIST.flatMap((f) => f.completion);
