/** A step's `task-definition:` path names no file of the repository (stepFileMissing.ts). */
import { stepFileMissing } from './stepFileMissing';

export const taskDefinitionFileMissing = stepFileMissing(
  'deploy/task-definition-file-missing',
  'task-definition',
  "A step's task-definition path names no file of the repository; the action fails when it runs.",
);
