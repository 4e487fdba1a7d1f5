/** Types of cfnTemplate.mjs, for the unit test that edits a big template. */
export function cfnTemplate(lines: number, seed: number): string;
