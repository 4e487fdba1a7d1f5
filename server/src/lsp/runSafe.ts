/** A safety net around every handler: an exception is logged, never fatal; cancelled requests answer at once. */
import { ResponseError, LSPErrorCodes, type CancellationToken } from 'vscode-languageserver/node';

export type Logger = (message: string) => void;

export function runSafe<T>(log: Logger, name: string, token: CancellationToken | undefined, fallback: T, fn: () => T): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    setImmediate(() => {
      if (token?.isCancellationRequested) return resolve(cancelled());
      try {
        const result = fn();
        resolve(token?.isCancellationRequested ? cancelled() : result);
      } catch (e) {
        log(`[error] ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        resolve(fallback);
      }
    });
  });
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
