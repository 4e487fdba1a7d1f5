/** A safety net around every handler: an exception is logged, never fatal; cancelled requests answer at once. */
import { ResponseError, LSPErrorCodes, type CancellationToken } from 'vscode-languageserver/node';

export type Logger = (message: string) => void;

export function runSafe<T>(
  log: Logger,
  name: string,
  token: CancellationToken | undefined,
  fallback: T,
  fn: () => T,
): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    setImmediate(() => {
      if (token?.isCancellationRequested) return resolve(cancelled());
      try {
        const result = fn();
        resolve(token?.isCancellationRequested ? cancelled() : result);
      } catch (e) {
        log(`[error] ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        resolve(fallback);
      }
    });
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/**
 * The rule-failure reporter: the first failure of each rule goes to the log (the output channel)
 * with its stack; later ones are dropped, or every keystroke would log the same failure again.
 */
export function reportRuleErrorsOnce(log: Logger): (ruleId: string, error: unknown) => void {
  const seen = new Set<string>();
  return (id, e) => {
    if (seen.has(id)) return;
    seen.add(id);
    log(`[error] rule ${id} threw and was skipped: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  };
}
