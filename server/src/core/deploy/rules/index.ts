/** The deploy family's rules, in the order of the docs. */
import type { Rule } from '../../rules/rule';
import { missingActionInput, unknownActionInput } from './actionInputs';
import { renderContainerName } from './renderContainerName';
import { taskDefinitionFileMissing } from './taskDefinitionFileMissing';
import { appspecContainer } from './appspecContainer';
import { appspecFileMissing } from './appspecFileMissing';

export const deployRules: readonly Rule[] = [
  missingActionInput,
  unknownActionInput,
  renderContainerName,
  taskDefinitionFileMissing,
  appspecContainer,
  appspecFileMissing,
];
