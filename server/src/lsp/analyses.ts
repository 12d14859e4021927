/**
 * The latest completed analysis of each open brief, with the exact text it was made from
 * (a frozen TextDocument) so its offsets can always be turned into the right positions.
 * Small documents are re-analysed on demand when stale, so hovers match what is on screen;
 * big ones answer from their latest analysis rather than blocking on a fresh one.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BriefAnalyzer, type Analysis } from '../engine/analyze';
import type { Knowledge } from '../engine/factbase/knowledge';
import type { FactBaseService } from './factBases';
import type { Settings, SettingsCache } from './settings';

/** Documents larger than this are not analysed at all (one information diagnostic says so). */
export const MAX_ANALYZED_CHARS = 20 * 1024 * 1024;
/** Stale documents up to this size are re-analysed synchronously for hovers and navigation. */
const SYNC_ANALYSIS_CHARS = 256 * 1024;

export interface Snapshot {
  uri: string;
  version: number;
  /** The text analysed, frozen. */
  doc: TextDocument;
  knowledge: Knowledge;
  settings: Settings;
  /** Absent when the document was too large to analyse. */
  analysis?: Analysis;
}

export class AnalysisCache {
  private readonly analyzers = new Map<string, BriefAnalyzer>();
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(
    private readonly factBases: FactBaseService,
    private readonly settings: SettingsCache,
  ) {}

  /**
   * An analysis for `doc`. `force` analyses a stale document whatever its size (diagnostics);
   * otherwise big stale documents get their latest analysis, or none before the first one.
   */
  async get(doc: TextDocument, force: boolean): Promise<Snapshot | undefined> {
    const settings = await this.settings.get(doc.uri);
    const { knowledge } = this.factBases.knowledgeFor(doc.uri);
    const latest = this.snapshots.get(doc.uri);
    const fresh =
      latest && latest.version === doc.version && latest.knowledge === knowledge && latest.settings === settings;
    if (fresh) return latest;
    if (!force && doc.getText().length > SYNC_ANALYSIS_CHARS) return latest;
    return this.analyze(doc, knowledge, settings);
  }

  forget(uri: string): void {
    this.analyzers.delete(uri);
    this.snapshots.delete(uri);
  }

  private analyze(doc: TextDocument, knowledge: Knowledge, settings: Settings): Snapshot {
    const text = doc.getText();
    const frozen = TextDocument.create(doc.uri, doc.languageId, doc.version, text);
    const snapshot: Snapshot = { uri: doc.uri, version: doc.version, doc: frozen, knowledge, settings };
    if (text.length <= MAX_ANALYZED_CHARS) {
      let analyzer = this.analyzers.get(doc.uri);
      if (!analyzer) this.analyzers.set(doc.uri, (analyzer = new BriefAnalyzer()));
      snapshot.analysis = analyzer.analyze(text, knowledge, settings.checks.severity);
    }
    this.snapshots.set(doc.uri, snapshot);
    return snapshot;
  }
}
