/**
 * CodePipeline's ECS blue/green action (CodeDeployToECS) reads `taskdef.json` and writes the image
 * of each image artifact where the file says `<IMAGE1_NAME>` (the placeholder text is the action's
 * `Image1ContainerName`, …): such an image is filled in by the pipeline, not left to the user.
 */
export const CODEPIPELINE_IMAGE = /^<([A-Z][A-Z0-9_]*)>$/;

/** the placeholder's name when an image value is CodePipeline's substitution, else undefined */
export const codePipelineImage = (image: unknown): string | undefined =>
  typeof image === 'string' ? CODEPIPELINE_IMAGE.exec(image.trim())?.[1] : undefined;
