/**
 * Validation scheduling. An edit validates its own file as soon as the burst of edits it belongs
 * to has been read (a timer that each new edit restarts, as short as the file's last validation
 * took: 1 ms for a small file), and, a little later, the other open files whose cross-file rules
 * may have changed. Fast typing thus costs one validation per pause, not one per keystroke. A
 * result is published only if its document version is still the newest: stale diagnostics never
 * overwrite fresh ones. A big file, and any file after its first check, is checked in slices, one YAML document at a time, so requests
 * (a hover on another file) are answered in between; a newer version stops an older run.
 */
import type { Connection, Diagnostic, Position } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, EditsSince } from '../core/service';
import type { Finding, SourceFile } from '../core/types';
import type { Steps } from '../core/steps';
import { TooLargeNotification } from '../../../shared/src/requests';
import type { ScheduleStats } from './scheduleStats';
import { OpenBurst, MAX_BURST_MS } from './openBurst';
import { KeptDiagnostics, samePublished, type Published } from './keptDiagnostics';

/** the longest a file's validation waits for typing to pause */
const MAX_WAIT_MS = 250;
/** the longest edits that never pause can hold a validation back */
const MAX_DEFER_MS = 1000;
/**
 * Files larger than this are validated in slices of SLICE_MS, one YAML document at a time; so is
 * every later validation of a smaller file: beside a big workspace its re-check builds cross-file
 * lookups for all of it (1.1 s beside a 10,000-document file). A small file's first validation
 * stays in one go: it indexes the other files still waiting for theirs first (indexWaiting).
 */
const SLICED_ABOVE_CHARS = 64 * 1024;
const SLICE_MS = 5;

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** how long each file's last validation took (ms): the wait before the next one */
  private readonly lastMs = new Map<string, number>();
  /** files validated at least once since they were opened */
  private readonly checkedOnce = new Set<string>();
  /**
   * Files waiting for their first validation and not yet taken into the index by another file's
   * run (indexWaiting): each is taken in once, not walked again by every validation of a burst.
   */
  private readonly notIndexed = new Set<string>();
  private readonly pendingSince = new Map<string, number>();
  /** the validation run that owns each file (a newer one makes an older one stop) */
  private readonly running = new Map<string, Run>();
  /** files whose next finished run re-checks the other open files (their cross-file answers) */
  private readonly othersAfter = new Set<string>();
  private crossTimer: NodeJS.Timeout | undefined;
  /** since when the re-check of the others has waited for a burst of opens to end */
  private othersHeldSince: number | undefined;
  /** last findings per uri, for code actions */
  readonly findings = new Map<string, Finding[]>();
  private readonly toldTooLarge = new Set<string>();
  /** files whose next validation must publish (their own edit, open, settings) */
  private readonly loud = new Set<string>();
  /** what was last sent per file, to skip re-sending an unchanged answer */
  private readonly published = new Map<string, Published>();
  /** what is sent, kept per document as JSON when the writer splices it */
  private readonly kept: KeptDiagnostics;
  /** files just opened whose first validation waits on a timer: another open now starts a burst */
  private readonly firstWaiting = new Set<string>();
  /** opens that come together are validated once they pause (openBurst.ts) */
  private readonly burst: OpenBurst;
  /**
   * What each file's last finished validation read: its version, the index's generation and the
   * settings. A re-check caused by another file is skipped while all three are the same: its
   * answer could not differ (a burst's re-checks and the one after start-up indexing found nothing).
   */
  private readonly basis = new Map<string, Basis>();
  private settingsOf: unknown;
  private settingsText = '';

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: LanguageService,
    private readonly log: (m: string) => void,
    private readonly crossFileDelayMs = 150,
    /** where an open document's text changed between versions (editLog.ts), so taking it in need not compare texts */
    private readonly editsOf?: (uri: string) => EditsSince,
    /** counts validations per burst and logs them when idle (debugging only) */
    private readonly stats?: ScheduleStats,
    /** the connection's writer splices kept JSON (messageEncoder.ts) */
    spliceLists = false,
  ) {
    this.kept = new KeptDiagnostics(spliceLists);
    this.burst = new OpenBurst({
      index: (uri) => this.indexOne(uri),
      validate: (uri) => this.validate(uri),
      log,
      released: stats && ((n, ms) => stats.released(n, ms)),
    });
  }

  /** a validation is waiting or running: background work (the start-up indexer) should step aside */
  get busy(): boolean {
    return this.pending.size > 0 || this.running.size > 0 || this.burst.active;
  }

  /**
   * The document changed: validate it first, the other open documents after a pause. `quiet`: a
   * re-check caused by another file, published only if its answer changed.
   */
  schedule(uri: string, alsoOthers = true, quiet = false): void {
    if (!quiet) this.loud.add(uri);
    if (!this.checkedOnce.has(uri)) this.notIndexed.add(uri);
    const prev = this.pending.get(uri);
    const since = this.pendingSince.get(uri) ?? Date.now();
    // edits that never pause still get a validation now and then
    // the other open files are re-checked once this file's new text is in the index (see validate)
    if (alsoOthers) this.othersAfter.add(uri);
    // its first validation comes with the burst it was opened in, with its newest text
    if (this.burst.has(uri)) return;
    if (!prev && !quiet && this.holdOpen(uri)) return;
    if (prev && Date.now() - since > MAX_DEFER_MS) return;
    if (prev) clearTimeout(prev);
    this.pendingSince.set(uri, since);
    const wait = Math.min(MAX_WAIT_MS, Math.max(1, Math.round(this.lastMs.get(uri) ?? 1)));
    // Requests already read go first (a definition sent right after the keystroke): their handlers
    // wait in setImmediate callbacks queued before this one. Taking in a big file's edit can outlast
    // the wait, and the timer then fired ahead of them with a 5 ms slice of checks.
    const timer = setTimeout(
      () =>
        setImmediate(() => {
          if (this.pending.get(uri) !== timer) return; // a newer edit armed another timer
          this.pending.delete(uri);
          this.firstWaiting.delete(uri);
          this.pendingSince.delete(uri);
          this.validate(uri);
        }),
      wait,
    );
    this.pending.set(uri, timer);
  }

  /**
   * A file just opened: alone, it is validated at once; opened right after another (openBurst.ts
   * `joins`), it joins a burst, with the first validations still waiting, validated once the opens pause.
   */
  private holdOpen(uri: string): boolean {
    if (this.checkedOnce.has(uri) || this.running.has(uri)) return false;
    // indexed from disk with this very text: its open changes no other file's answer, nothing to wait for
    if (this.service.workspace.get(uri)?.text === this.documents.get(uri)?.getText()) return false;
    if (!this.burst.joins(this.firstWaiting.size > 0)) {
      this.firstWaiting.add(uri);
      return false;
    }
    for (const u of this.firstWaiting) {
      clearTimeout(this.pending.get(u));
      this.pending.delete(u);
      this.pendingSince.delete(u);
    }
    this.stats?.held(this.firstWaiting.size + 1);
    this.burst.hold([...this.firstWaiting, uri]);
    this.firstWaiting.clear();
    return true;
  }

  /** a burst's file goes into the index before any of the burst is validated */
  private *indexOne(uri: string): Steps<unknown> {
    const doc = this.documents.get(uri);
    if (!doc || this.checkedOnce.has(uri) || this.running.has(uri)) return;
    this.notIndexed.delete(uri);
    yield* this.service.updateSteps(uri, doc.getText(), doc.languageId, doc.version, this.editsOf?.(uri));
  }

  /** the index and the settings are those the file's last answer was made from */
  private upToDate(uri: string): boolean {
    const b = this.basis.get(uri);
    return (
      !!b &&
      b.version === this.documents.get(uri)?.version &&
      b.generation === this.service.workspace.generation &&
      b.settings === this.settingsKey()
    );
  }

  /** the settings as text, compared by value: start-up configures again with the same ones */
  private settingsKey(): string {
    const s = this.service.settings;
    if (s !== this.settingsOf) {
      this.settingsOf = s;
      this.settingsText = JSON.stringify(s);
    }
    return this.settingsText;
  }

  /** Re-check every open file (start-up, settings, files changed on disk); only changed answers are sent. */
  scheduleAll(): void {
    for (const d of this.documents.all()) if (!this.upToDate(d.uri)) this.schedule(d.uri, false, true);
  }

  private scheduleOthers(except: string): void {
    if (this.crossTimer) clearTimeout(this.crossTimer);
    this.crossTimer = setTimeout(() => {
      this.crossTimer = undefined;
      // opens still coming (a burst cut by MAX_BURST_MS on a loaded machine): the others are checked
      // once they stop, not again after every batch; no longer than MAX_BURST_MS, though
      const now = performance.now();
      if (this.burst.active) {
        this.othersHeldSince ??= now;
        if (now - this.othersHeldSince < MAX_BURST_MS) return this.scheduleOthers(except);
      }
      this.othersHeldSince = undefined;
      for (const d of this.documents.all()) {
        // a file waiting for its validation will read the newest index anyway: re-arming its timer only delays it
        if (d.uri === except || this.pending.has(d.uri) || this.upToDate(d.uri) || !this.service.isOurs(d.uri)) continue;
        this.schedule(d.uri, false, true);
      }
      this.idleNow();
    }, this.crossFileDelayMs);
  }

  /** the burst's counts are logged once nothing waits, runs or is about to re-check the others */
  private idleNow(): void {
    if (this.stats && !this.busy && !this.crossTimer) this.stats.idle();
  }

  private validate(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    // a run for this very version is under way (a re-check caused by another file): let it
    // finish, then check once more, rather than restart it and never finish while someone types
    const current = this.running.get(uri);
    if (current && current.version === version) {
      current.again = true;
      return;
    }
    const quiet = !this.loud.delete(uri);
    if (quiet && this.upToDate(uri)) {
      this.stats?.skipped();
      this.idleNow();
      return;
    }
    this.stats?.validated(!this.checkedOnce.has(uri));
    const started = performance.now();
    const text = doc.getText();
    const run: Run = { version, again: false };
    this.running.set(uri, run);
    const steps = this.check(uri, text, doc.languageId, run);
    // in slices, with the requests that came meanwhile answered in between (see SLICED_ABOVE_CHARS)
    const sliceMs = text.length > SLICED_ABOVE_CHARS || this.checkedOnce.has(uri) ? SLICE_MS : Infinity;
    const step = () => {
      // a newer version (or a newer run) owns this file now: its own run will publish
      if (this.running.get(uri) !== run || this.documents.get(uri)?.version !== version) return;
      const until = performance.now() + sliceMs;
      try {
        for (;;) {
          const r = steps.next();
          if (r.done) {
            this.running.delete(uri);
            // the first run parsed the whole file; keystrokes re-parse one document, so its time
            // would make the first keystroke after opening a big file wait as long as the open
            if (this.checkedOnce.has(uri)) this.lastMs.set(uri, performance.now() - started);
            else {
              this.checkedOnce.add(uri);
              this.notIndexed.delete(uri);
              if (!this.burst.active) this.burst.validatedAlone();
            }
            if (r.value) {
              if (run.basis) this.basis.set(uri, run.basis);
              this.publish(uri, version, quiet, r.value.file, r.value.findings);
            } else this.clear(uri);
            // only now does the index hold this text: a re-check of the others before it would
            // answer from the old one and never be repeated
            if (this.othersAfter.delete(uri)) this.scheduleOthers(uri);
            if (run.again) this.schedule(uri, false, true);
            this.idleNow();
            return;
          }
          if (performance.now() >= until) break;
        }
      } catch (e) {
        this.running.delete(uri);
        this.log(`[error] validating ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        this.idleNow();
        return;
      }
      setImmediate(step);
    };
    step();
  }

  /** parse, index and validate one file, in steps (see core/steps.ts); undefined: not JSON or YAML */
  private *check(uri: string, text: string, languageId: string, run: Run): Steps<{ file: SourceFile; findings: Finding[] } | undefined> {
    const version = run.version;
    yield* this.indexWaiting(uri);
    const file = yield* this.service.updateSteps(uri, text, languageId, version, this.editsOf?.(uri));
    if (!file) return undefined;
    // what the findings are made from; a change during the run's later slices makes them stale
    run.basis = { version, generation: this.service.workspace.generation, settings: this.settingsKey() };
    if (file.tooLarge && file.looksOurs && !this.toldTooLarge.has(uri)) {
      this.toldTooLarge.add(uri);
      void this.connection.sendNotification(TooLargeNotification.type, {
        uri,
        size: file.text.length,
        limit: this.service.settings.maxFileSize,
      });
    }
    return { file, findings: yield* this.service.diagnosticsSteps(uri) };
  }

  /**
   * Files just opened and still waiting for their first validation go into the index first. Opening
   * 2,000 files at once otherwise diagnosed each against an index one file larger than the last:
   * every lookup that cross-file rules share (workloads, objects by name) was built again per file.
   * Their own validations then find their text already parsed.
   */
  private *indexWaiting(except: string): Steps<void> {
    for (const uri of [...this.notIndexed]) {
      if (uri === except || this.checkedOnce.has(uri) || this.running.has(uri) || !this.pending.has(uri)) continue;
      this.notIndexed.delete(uri);
      const doc = this.documents.get(uri);
      if (!doc) continue;
      this.stats?.indexedAhead();
      yield* this.service.updateSteps(uri, doc.getText(), doc.languageId, doc.version);
    }
  }

  private publish(uri: string, version: number, quiet: boolean, file: SourceFile, findings: Finding[]): void {
    this.findings.set(uri, findings);
    const diagnostics = this.kept.of(file, findings);
    // a keystroke re-checks every other open file; most answers are unchanged and need not travel
    const before = this.published.get(uri);
    const unchanged = quiet && before && samePublished(before, diagnostics, sameDiagnostics);
    this.stats?.published(!unchanged);
    if (unchanged) return;
    this.published.set(uri, diagnostics);
    // a JsonList is the same array on the wire (the writer splices it in)
    void this.connection.sendDiagnostics({ uri, version, diagnostics: diagnostics as Diagnostic[] });
  }

  clear(uri: string): void {
    this.running.delete(uri);
    this.findings.delete(uri);
    this.lastMs.delete(uri);
    this.checkedOnce.delete(uri);
    this.notIndexed.delete(uri);
    this.published.delete(uri);
    this.basis.delete(uri);
    this.firstWaiting.delete(uri);
    this.burst.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

interface Basis {
  version: number;
  generation: number;
  settings: string;
}

/** a validation run: the version it checks; `again`: check once more when done; what it read */
interface Run {
  version: number;
  again: boolean;
  basis?: Basis;
}

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

/** Field by field (those toDiagnostic sets), without serialising: a 10,000-line manifest has ~300. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i],
      y = b[i];
    if (x.message !== y.message || x.code !== y.code || x.severity !== y.severity || x.source !== y.source) return false;
    if (!samePosition(x.range.start, y.range.start) || !samePosition(x.range.end, y.range.end)) return false;
    if ((x.tags ?? []).join() !== (y.tags ?? []).join()) return false;
  }
  return true;
}
