/**
 * Files opened in a burst (an editor restoring its tabs, a folder's files opened at once) get their
 * first validation once the opens pause: all of them are taken into the index first, then each is
 * validated once, against an index that holds the whole burst, so its first answer is final.
 * Validated as they arrived, each read an index missing the files still to come, and every one was
 * checked again when they came (4,000–6,000 validations for the 2,000 files of the real workspace).
 * A file opened alone never waits here: an open joins a burst only when another came less than
 * BURST_QUIET_MS before it (`joins`). Opens that never pause are cut every MAX_BURST_MS.
 */
import type { Steps } from '../core/steps';

/**
 * The pause in opens that ends a burst. The server takes a queued open in well under 1 ms; a
 * client writing thousands of them on a loaded machine pauses for tens of ms now and then.
 */
export const BURST_QUIET_MS = 50;
/** opens that never pause still get validated: a burst is released this long after it began */
export const MAX_BURST_MS = 2000;
/** the longest the burst's indexing or validations run before requests read meanwhile are answered */
const SLICE_MS = 10;

export interface BurstHooks {
  /** take the file's current text into the index, in steps */
  index(uri: string): Steps<unknown>;
  /** the file's first validation (a big file's runs on in slices of its own) */
  validate(uri: string): void;
  log(m: string): void;
  /** a batch of `files` was released after `heldMs` (debugging counts) */
  released?(files: number, heldMs: number): void;
}

export class OpenBurst {
  /**
   * Opened during the burst, waiting for it to pause. Not even parsed meanwhile: the server reads
   * one message per turn of its loop, so any work in between slows the opens down (10 ms slices
   * of parsing stretched 2,000 opens past MAX_BURST_MS).
   */
  private readonly held = new Set<string>();
  /** released when the opens paused: all indexed, then validated in turn */
  private readonly ready = new Set<string>();
  /** what the work loop takes next: files to index, then files to validate (in open order) */
  private toIndex: string[] = [];
  private toValidate: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private since = 0;
  private working = false;
  /** opens held so far: the release checks that none came while it looked */
  private opens = 0;
  private lastOpen = -Infinity;

  constructor(
    private readonly hooks: BurstHooks,
    private readonly quietMs = BURST_QUIET_MS,
    private readonly maxMs = MAX_BURST_MS,
  ) {}

  /** opens are held, or are being indexed or validated: a new open joins the burst */
  get active(): boolean {
    return this.held.size > 0 || this.ready.size > 0 || this.working;
  }

  /**
   * A file is being opened: does it come with others? It does during a burst, while another file
   * just opened still waits for its validation, or within quietMs of the last open (opens that
   * trickle in a few ms apart, each validated before the next came, were each checked again).
   */
  joins(othersWaiting: boolean): boolean {
    const now = performance.now();
    const recent = now - this.lastOpen < this.quietMs;
    this.lastOpen = now;
    return this.active || othersWaiting || recent;
  }

  /**
   * A file opened alone has just been validated: an open handled right after it may have waited
   * behind that validation (the first one loads the schemas), so it counts as coming right after.
   */
  validatedAlone(): void {
    this.lastOpen = performance.now();
  }

  /** the file's first validation is the burst's to run (a later edit changes nothing to that) */
  has(uri: string): boolean {
    return this.held.has(uri) || this.ready.has(uri);
  }

  /** the file was closed */
  delete(uri: string): void {
    this.held.delete(uri);
    this.ready.delete(uri);
  }

  /** hold `uris` until the opens pause, and no longer than maxMs after the first of them */
  hold(uris: Iterable<string>): void {
    if (!this.held.size) this.since = performance.now();
    for (const u of uris) this.held.add(u);
    this.opens++;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.quietMs, this.since + this.maxMs - performance.now()));
    this.timer = setTimeout(() => this.pauseSeen(), wait);
  }

  /**
   * The timer fired, but timers run before the loop reads its input: a server that was not given
   * the CPU for a while finds its wait over with opens still unread. They are read and handled
   * (one message per turn) before the second turn's check; an open among them keeps the burst on.
   */
  private pauseSeen(): void {
    const opens = this.opens;
    const cut = performance.now() >= this.since + this.maxMs;
    setImmediate(() =>
      setImmediate(() => {
        if (this.opens !== opens && !cut) return; // hold() armed the timer again
        clearTimeout(this.timer);
        this.timer = undefined;
        this.release();
      }),
    );
  }

  private release(): void {
    if (!this.held.size) return;
    this.hooks.released?.(this.held.size, performance.now() - this.since);
    for (const u of this.held) {
      this.ready.add(u);
      this.toIndex.push(u);
      this.toValidate.push(u);
    }
    this.held.clear();
    this.work();
  }

  /** files to index first, so that each validation reads an index that holds all of them */
  private *steps(): Steps<void> {
    for (;;) {
      if (this.toIndex.length) {
        const u = this.toIndex.shift()!;
        if (this.has(u)) yield* this.hooks.index(u);
      } else if (this.toValidate.length) {
        const u = this.toValidate.shift()!;
        if (!this.ready.delete(u)) continue;
        this.hooks.validate(u);
        yield;
      } else return;
    }
  }

  /** in slices, with the messages read meanwhile handled in between */
  private work(): void {
    if (this.working) return;
    this.working = true;
    const steps = this.steps();
    const step = () => {
      const until = performance.now() + SLICE_MS;
      try {
        while (!steps.next().done) {
          if (performance.now() >= until) {
            setImmediate(step);
            return;
          }
        }
      } catch (e) {
        this.hooks.log(`[error] opening files: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        // the burst's files still get their validation (each reports its own errors)
        for (const u of this.held) this.ready.add(u);
        this.held.clear();
        for (const u of [...this.ready]) {
          this.ready.delete(u);
          this.hooks.validate(u);
        }
        this.toIndex = [];
        this.toValidate = [];
      }
      this.working = false;
    };
    step();
  }
}
