/** A deploy step's `codedeploy-appspec:` path names no file of the repository (stepFileMissing.ts). */
import { stepFileMissing } from './stepFileMissing';

export const appspecFileMissing = stepFileMissing(
  'deploy/appspec-file-missing',
  'codedeploy-appspec',
  "A deploy step's codedeploy-appspec path names no file of the repository; the blue/green deployment fails when it runs.",
);
