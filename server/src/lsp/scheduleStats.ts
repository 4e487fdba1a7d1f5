/**
 * What the diagnostics scheduler did in one burst of work (from busy to idle), logged once when it
 * goes idle: how many files were validated for the first time, how many re-checked, how many taken
 * into the index ahead of their validation, and how many answers were sent or skipped as unchanged.
 * Off unless asked for (`ECS_EKS_ARCHITECT_DEBUG_SCHEDULING=1` for the Node server): a debugging
 * aid for the scheduling, not a log every user reads.
 */
export class ScheduleStats {
  private started = 0;
  private first = 0;
  private again = 0;
  private indexed = 0;
  private holds = 0;
  private skips = 0;
  private batches: string[] = [];
  private sent = 0;
  private unchanged = 0;

  constructor(private readonly log: (m: string) => void) {}

  private begin(): void {
    if (!this.started) this.started = performance.now();
  }

  /** a validation run started; `first`: the file's first since it was opened */
  validated(first: boolean): void {
    this.begin();
    if (first) this.first++;
    else this.again++;
  }

  /** `n` opens were held for a burst (openBurst.ts) */
  held(n: number): void {
    this.begin();
    this.holds += n;
  }

  /** a burst's batch of `n` opens was released after `ms` */
  released(n: number, ms: number): void {
    this.batches.push(`${n} after ${ms.toFixed(0)} ms`);
  }

  /** a re-check was skipped: nothing it reads had changed */
  skipped(): void {
    this.skips++;
  }

  /** a waiting file was taken into the index by another file's run (indexWaiting) */
  indexedAhead(): void {
    this.begin();
    this.indexed++;
  }

  /** an answer was sent (`true`) or skipped because it had not changed */
  published(sent: boolean): void {
    if (sent) this.sent++;
    else this.unchanged++;
  }

  /** nothing waits or runs any more: log the burst and start counting the next one */
  idle(): void {
    if (!this.started) return;
    const ms = performance.now() - this.started;
    this.log(
      `[debug] scheduling: ${this.first + this.again} validations (${this.first} first, ${this.again} re-checks, ${this.skips} skipped), ${this.holds} opens held for a burst (${this.batches.join(', ') || 'none'}), ${this.indexed} indexed ahead, ${this.sent} sent, ${this.unchanged} unchanged, in ${ms.toFixed(0)} ms`,
    );
    this.started = this.first = this.again = this.indexed = this.sent = this.unchanged = this.holds = this.skips = 0;
    this.batches = [];
  }
}
