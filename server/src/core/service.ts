/**
 * The language service facade: one workspace index, the schema store and compiled validators,
 * and every feature on top (update, diagnostics, completion, hover, code actions, document info,
 * diagram, configure). The LSP adapter, the CLI, the bench and the tests go through it.
 */
import { analyzeSteps, languageOf } from './analyze';
import { runSteps, type Steps } from './steps';
import { reanalyzeYaml, type EditSpan } from './reanalyze';
import { reanalyzeYamlEntry } from './reanalyzeEntry';
import { DocFindingsCache } from './docFindingsCache';
import { WorkspaceIndex } from './workspace';
import { indexKeysOf } from './families';
import { SchemaStore } from './schema/store';
import { Validators } from './schema/validators';
import { validateFileSteps, isOurs } from './validate';
import { complete } from './complete/complete';
import { hover, type HoverResult } from './hover/hover';
import type { CompletionEntry } from './complete/types';
import type { Rule } from './rules/rule';
import { defaultSettings, type DocUnit, type Finding, type RuleSettings, type SourceFile, type TextEdit } from './types';
import * as nav from './nav/index';
import { K8S_ID } from './schema/store';
import type { CoreRuntime } from './runtime';
import { CALENDAR_DATE } from './k8s/versions/eksCalendar';
import { codeActions, type CodeActionEntry } from './codeActions';
import { documentInfo } from './documentInfo';
import { renderDiagram, type RenderOptions } from './graph/index';
import type { DiagramResult } from '../../../shared/src/diagram';
import type { DocumentInfo, KubernetesVersionsResult, UpgradeCheckParams, UpgradeCheckResult } from '../../../shared/src/protocol';
import { kubernetesVersions, upgradeCheck } from './k8s/versions/choices';

const withDefaults = (s: Partial<RuleSettings> | undefined, runtime: CoreRuntime): RuleSettings => ({
  ...defaultSettings,
  ...s,
  rules: { ...defaultSettings.rules, ...s?.rules },
  today: s?.today ?? runtime.today?.() ?? CALENDAR_DATE,
});

/** where an editor's text changed from version `from` to `to` (reanalyze.ts), if it knows */
export type EditsSince = (from: number, to: number) => EditSpan | undefined;

export interface ServiceOptions {
  /** where schemas and precompiled validators come from (Node: server/src/node/runtime.ts) */
  runtime: CoreRuntime;
  settings?: Partial<RuleSettings>;
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** share one store between services (tests); default: a store on the runtime's schemas */
  store?: SchemaStore;
  /** the rules to run (default: all we ship) */
  rules?: Rule[];
}

export class LanguageService {
  readonly workspace = new WorkspaceIndex(indexKeysOf);
  readonly store: SchemaStore;
  readonly validators: Validators;
  settings: RuleSettings;
  private readonly onRuleError?: (ruleId: string, error: unknown) => void;
  private readonly rules?: Rule[];
  private readonly findingsCache = new DocFindingsCache();
  private readonly runtime: CoreRuntime;

  constructor(opts: ServiceOptions) {
    this.store = opts.store ?? new SchemaStore(opts.runtime.schemas);
    this.validators = new Validators(this.store);
    this.runtime = opts.runtime;
    this.settings = withDefaults(opts.settings, opts.runtime);
    this.onRuleError = opts.onRuleError;
    this.rules = opts.rules;
  }

  /**
   * Parse and index a file; returns undefined for files that are neither JSON nor YAML. `edits`
   * (an editor's document) says where the text changed since a version the service holds.
   */
  update(uri: string, text: string, languageId?: string, version = 0, edits?: EditsSince): SourceFile | undefined {
    return runSteps(this.updateSteps(uri, text, languageId, version, edits));
  }

  /** update in steps (see steps.ts): the file is indexed at the last step, so a caller may drop a stale run. */
  *updateSteps(uri: string, text: string, languageId?: string, version = 0, edits?: EditsSince): Steps<SourceFile | undefined> {
    const language = languageOf(uri, languageId, text);
    if (!language) {
      this.workspace.delete(uri);
      return undefined;
    }
    const existing = this.workspace.get(uri);
    // same text, same version: keep the analysis, unless a new size limit changes what it should be
    const sameLimit = !!existing?.tooLarge === text.length > this.settings.maxFileSize;
    if (existing && existing.text === text && sameLimit) {
      // the same text under another version (a file opened after it was indexed from disk): no new parse
      existing.version = version;
      return existing;
    }
    // a keystroke in a multi-document YAML file re-parses only the document it falls in
    const file =
      (existing &&
        existing.language === language &&
        reanalyzeYaml(existing, text, version, this.settings.maxFileSize, edits?.(existing.version, version))) ||
      // and one in a big single-document file (a template) re-parses only the entry it falls in
      (existing && existing.language === language && reanalyzeYamlEntry(existing, text, version, this.settings.maxFileSize)) ||
      (yield* analyzeSteps(uri, text, language, version, this.settings.maxFileSize));
    this.workspace.set(file);
    return file;
  }

  remove(uri: string): void {
    this.workspace.delete(uri);
  }

  diagnostics(uri: string): Finding[] {
    return runSteps(this.diagnosticsSteps(uri));
  }

  /** diagnostics in steps (see steps.ts) */
  *diagnosticsSteps(uri: string): Steps<Finding[]> {
    const file = this.workspace.get(uri);
    if (!file) return [];
    return yield* validateFileSteps(file, {
      workspace: this.workspace,
      settings: this.settings,
      store: this.store,
      validators: this.validators,
      onRuleError: this.onRuleError,
      rules: this.rules,
      cache: this.findingsCache,
    });
  }

  isOurs(uri: string): boolean {
    const f = this.workspace.get(uri);
    return !!f && isOurs(f);
  }

  complete(uri: string, offset: number): CompletionEntry[] {
    const file = this.workspace.get(uri);
    this.store.wantDocs(); // the Kubernetes field descriptions, kept out of the cold start
    return file ? complete(file, offset, this) : [];
  }

  hover(uri: string, offset: number): HoverResult | undefined {
    const file = this.workspace.get(uri);
    this.store.wantDocs();
    return file ? hover(file, offset, this) : undefined;
  }

  /** Quick fixes for the findings in a range (offsets), then the document families' own actions there. */
  codeActions(uri: string, range: { offset: number; length: number }, findings: readonly Finding[]): CodeActionEntry[] {
    const file = this.workspace.get(uri);
    return file ? codeActions(file, range, findings) : [];
  }

  /** What the status item shows for a file (at an offset: that document's schema). */
  documentInfo(uri: string, offset?: number): DocumentInfo {
    return documentInfo(this.workspace.get(uri), offset, this.store, this.workspace, this.settings);
  }

  /** The workspace (or one file's or folder's scope) as a Mermaid diagram, with the outline a view works from. */
  diagram(opts: RenderOptions = {}): DiagramResult {
    return renderDiagram(this.workspace, opts);
  }

  /** The Kubernetes versions the upgrade check offers, newest first, with their EKS support today. */
  kubernetesVersions(): KubernetesVersionsResult {
    return kubernetesVersions(this);
  }

  /** What stops working in the workspace's Kubernetes files on another version, as a linked Markdown report. */
  upgradeCheck(params: UpgradeCheckParams): UpgradeCheckResult {
    return upgradeCheck(this, params);
  }

  /** New settings; the next diagnostics use them (the caller decides what to re-check). */
  configure(settings: Partial<RuleSettings>): void {
    this.settings = withDefaults(settings, this.runtime);
  }

  // ---- navigation (issue 17): definition, references, rename, symbols, links, lenses, inlay hints (core/nav, core/refs) ----
  /** where the reference at `offset` points: the target's name and its whole declaration, and the reference's own span */
  definition(uri: string, offset: number): nav.DefinitionTarget[] {
    const file = this.workspace.get(uri);
    if (!file) return [];
    const { origin, targets } = nav.definition(this.workspace, file, offset);
    return targets.map((l) => ({
      uri: l.uri,
      offset: l.decl.at.offset + l.decl.delta,
      length: l.decl.length,
      full: { offset: l.decl.full.offset, length: l.decl.full.length },
      origin: origin && { offset: origin.offset, length: origin.length },
    }));
  }
  references(uri: string, offset: number, includeDeclaration: boolean): nav.Span[] {
    const file = this.workspace.get(uri);
    return file ? nav.references(this.workspace, file, offset, includeDeclaration) : [];
  }
  prepareRename(uri: string, offset: number): { error: string } | { offset: number; length: number; name: string } {
    const file = this.workspace.get(uri);
    if (!file) return { error: 'This file is not analysed.' };
    const plan = nav.prepareRename(this.workspace, file, offset);
    return 'error' in plan ? plan : { offset: plan.offset, length: plan.length, name: plan.name };
  }
  rename(uri: string, offset: number, newName: string): { error: string } | { changes: Map<string, TextEdit[]> } {
    const file = this.workspace.get(uri);
    return file ? nav.rename(this.workspace, file, offset, newName) : { error: 'This file is not analysed.' };
  }
  documentSymbols(uri: string): nav.OutlineSymbol[] {
    const file = this.workspace.get(uri);
    return file ? nav.documentSymbols(file) : [];
  }
  workspaceSymbols(query: string): nav.WorkspaceSymbol[] {
    return nav.workspaceSymbols(this.workspace, query);
  }
  documentLinks(uri: string): nav.DocLink[] {
    const file = this.workspace.get(uri);
    return file ? nav.documentLinks(file, this.k8sReference()) : [];
  }
  /** the outline, links and lens anchors of one document of an analysed file (the LSP keeps them per document) */
  docSymbols(file: SourceFile, doc: DocUnit): nav.OutlineSymbol[] {
    return nav.docSymbols(file, doc);
  }
  docLinks(file: SourceFile, doc: DocUnit): nav.DocLink[] {
    return nav.docLinksOf(file, doc, this.k8sReference());
  }
  docLensAnchors(file: SourceFile, doc: DocUnit): number[] {
    return nav.docLensAnchors(file, doc);
  }
  private k8sReference(): nav.K8sReference {
    const version = this.store.get(K8S_ID)?.['x-kubernetes-version'];
    return { kinds: this.store.k8sKinds(), version: typeof version === 'string' ? version : undefined };
  }
  codeLenses(uri: string): nav.Lens[] {
    const file = this.workspace.get(uri);
    return file ? nav.codeLenses(this.workspace, file) : [];
  }
  /** where the lenses stand; their titles come from resolveCodeLens, for the ones on screen */
  codeLensAnchors(uri: string): number[] {
    const file = this.workspace.get(uri);
    return file ? nav.codeLensAnchors(file) : [];
  }
  resolveCodeLens(uri: string, offset: number): nav.Lens | undefined {
    const file = this.workspace.get(uri);
    return file && nav.resolveCodeLens(this.workspace, file, offset);
  }
  inlayHints(uri: string, from: number, to: number): nav.Hint[] {
    const file = this.workspace.get(uri);
    return file ? nav.inlayHints(this.workspace, file, from, to) : [];
  }
  // ---- end navigation ----
}
