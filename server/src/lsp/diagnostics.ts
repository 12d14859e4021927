/**
 * Push diagnostics for briefs: debounced per document (policyBrief.diagnostics.debounceMs),
 * always for the document's current version, cleared on close.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_ANALYZED_CHARS, type AnalysisCache, type Snapshot } from './analyses';
import { findingToDiagnostic, offsetRange, SOURCE } from './convert';
import type { SettingsCache } from './settings';

/**
 * Findings published per document at most. Real briefs have hundreds; a generated or pasted
 * document can have tens of thousands, and a 40 MB message of them would hold up the server
 * and the editor alike for no reader's benefit.
 */
export const MAX_PUBLISHED_FINDINGS = 5000;

export function snapshotDiagnostics(snapshot: Snapshot): Diagnostic[] {
  const { doc, analysis } = snapshot;
  if (!analysis) {
    return [
      {
        range: offsetRange(doc, 0, 0),
        severity: DiagnosticSeverity.Information,
        code: 'too-large',
        source: SOURCE,
        message: `Not checked: the document is larger than ${MAX_ANALYZED_CHARS / (1024 * 1024)} MB.`,
      },
    ];
  }
  const skipped: Diagnostic[] = analysis.prose.skipped.map((region) => ({
    range: offsetRange(doc, region.start, region.end),
    severity: DiagnosticSeverity.Information,
    code: 'skipped',
    source: SOURCE,
    message: `Not checked: ${region.reason}`,
  }));
  const shown = analysis.findings.slice(0, MAX_PUBLISHED_FINDINGS).map((f) => findingToDiagnostic(doc, f));
  const rest = analysis.findings.slice(MAX_PUBLISHED_FINDINGS);
  if (rest.length > 0) {
    shown.push({
      range: offsetRange(doc, rest[0]!.start, rest[0]!.end),
      severity: DiagnosticSeverity.Information,
      code: 'too-many',
      source: SOURCE,
      message: `${rest.length} more findings from here on are not shown (at most ${MAX_PUBLISHED_FINDINGS} per document).`,
    });
  }
  return [...shown, ...skipped];
}

export class DiagnosticScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly published = new Map<string, { snapshot: Snapshot; diagnostics: Diagnostic[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: AnalysisCache,
    private readonly settings: SettingsCache,
    private readonly isBrief: (doc: TextDocument) => boolean,
  ) {}

  async schedule(uri: string): Promise<void> {
    const { debounceMs } = (await this.settings.get(uri)).diagnostics;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri).catch((e) => this.connection.console.error(`policy-brief: diagnostics failed for ${uri}: ${String(e)}`));
      }, debounceMs),
    );
  }

  /** Re-checks every open brief (the fact bases or the settings changed). */
  scheduleAll(): void {
    for (const doc of this.documents.all()) if (this.isBrief(doc)) void this.schedule(doc.uri);
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async run(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const snapshot = await this.analyses.get(doc, true);
    // A newer version arrived meanwhile: its own timer publishes it.
    if (!snapshot || this.documents.get(uri)?.version !== snapshot.version) return;
    if (this.published.get(uri)?.snapshot === snapshot) return;
    const diagnostics = snapshotDiagnostics(snapshot);
    this.published.set(uri, { snapshot, diagnostics });
    await this.connection.sendDiagnostics({ uri, version: snapshot.version, diagnostics });
  }

  /** What was last published for the document (code actions fall back on it). */
  publishedFor(uri: string): readonly Diagnostic[] {
    return this.published.get(uri)?.diagnostics ?? [];
  }
}
