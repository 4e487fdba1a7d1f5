/**
 * Work in steps: a generator that yields where its caller may pause (between YAML documents),
 * so the language server can answer requests while a huge stream is analysed. `runSteps` runs one
 * to the end at once; that is what the plain (synchronous) calls do, with the same result.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
