// types for the test that imports the generator's split (test/unit/k8s/schemaDocs.test.ts)
export function splitDescriptions(s: unknown): Record<string, unknown> | undefined;
export function asciiJson(v: unknown): string;
export function docsPath(out: string): string;
export function writeSchema(schema: unknown, out: string): string;
