/**
 * When to restart a language server that died. The library's default handler shuts the client
 * down after its fourth write error to the dead process (or the first one it cannot count), and a
 * busy editor sends that many messages before the process's exit is noticed: the server was then
 * never restarted. Here write errors never decide; the close does, with a limit on crash loops.
 */

/** restarts allowed within WINDOW_MS before the client gives up */
export const MAX_RESTARTS = 5;
export const WINDOW_MS = 3 * 60_000;

export type CloseDecision = { restart: true } | { restart: false; message: string };

/** Remembers the times of recent closes; `closed(now)` says whether to start the server again. */
export class RestartPolicy {
  private readonly closes: number[] = [];

  closed(now: number): CloseDecision {
    this.closes.push(now);
    while (this.closes.length && now - this.closes[0] > WINDOW_MS) this.closes.shift();
    if (this.closes.length <= MAX_RESTARTS) return { restart: true };
    return {
      restart: false,
      message: `ECS & EKS Architect: the language server stopped ${this.closes.length} times in 3 minutes and is not restarted again. The output channel "ECS & EKS Architect" says why; run "Developer: Reload Window" to start it.`,
    };
  }
}
