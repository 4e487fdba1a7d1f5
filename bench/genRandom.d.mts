/** Types of genRandom.mjs's seeded generator, for the unit tests that replay random edits. */
export function mulberry32(seed: number): () => number;
