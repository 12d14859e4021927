/**
 * The latest completed analysis of each open brief, with the exact text it was made from
 * (a frozen TextDocument) so its offsets can always be turned into the right positions.
 *
 * Small documents are analysed on the spot when stale, so hovers match what is on screen.
 * Big ones are analysed in time slices (slices.ts) for diagnostics only: meanwhile every
 * other request, on this document or any other, answers at once, from the big document's
 * latest completed analysis (or none before the first). A slice run is abandoned as soon as
 * the document changes, is closed, or another run of it starts; its work stays cached.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BriefAnalyzer, type Analysis, type Knowledge } from '../engine';
import type { FactBaseService } from './factBases';
import type { Settings, SettingsCache } from './settings';
import { runInSlices } from './slices';

/** Documents larger than this are not analysed at all (one information diagnostic says so). */
export const MAX_ANALYZED_CHARS = 20 * 1024 * 1024;
/**
 * Documents up to this size are analysed synchronously (a first analysis of 256 KB takes
 * a few hundred ms, an edit of it far less); larger ones in slices.
 */
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

/** An analysis in slices under way: what it is of, and its snapshot once done. */
interface SliceRun {
  version: number;
  knowledge: Knowledge;
  settings: Settings;
  result: Promise<Snapshot | undefined>;
}

export class AnalysisCache {
  private readonly analyzers = new Map<string, BriefAnalyzer>();
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly running = new Map<string, SliceRun>();

  /** `onSliced` is told when an analysis in slices completes (answers given meanwhile were stale). */
  constructor(
    private readonly factBases: FactBaseService,
    private readonly settings: SettingsCache,
    private readonly onSliced: () => void = () => undefined,
  ) {}

  /**
   * An analysis for `doc` (the live document). With `wait`, a big stale document is analysed
   * in slices and this resolves when done (undefined if abandoned); without, it gets its
   * latest analysis, or none before the first one.
   */
  async get(doc: TextDocument, wait: boolean): Promise<Snapshot | undefined> {
    const settings = await this.settings.get(doc.uri);
    const { knowledge } = this.factBases.knowledgeFor(doc.uri);
    const latest = this.snapshots.get(doc.uri);
    if (latest && isOf(latest, doc.version, knowledge, settings)) return latest;
    const length = doc.getText().length;
    if (length <= SYNC_ANALYSIS_CHARS || length > MAX_ANALYZED_CHARS) return this.analyze(doc, knowledge, settings);
    return wait ? this.analyzeInSlices(doc, knowledge, settings) : latest;
  }

  forget(uri: string): void {
    this.analyzers.delete(uri);
    this.snapshots.delete(uri);
    this.running.delete(uri);
  }

  private analyze(doc: TextDocument, knowledge: Knowledge, settings: Settings): Snapshot {
    // The analyzer is about to be used: a run in slices of this document must not resume.
    this.running.delete(doc.uri);
    const snapshot = this.snapshotOf(doc, knowledge, settings);
    if (doc.getText().length <= MAX_ANALYZED_CHARS) {
      snapshot.analysis = this.analyzerFor(doc.uri).analyze(snapshot.doc.getText(), knowledge, settings.checks.severity);
    }
    this.snapshots.set(doc.uri, snapshot);
    return snapshot;
  }

  private analyzeInSlices(doc: TextDocument, knowledge: Knowledge, settings: Settings): Promise<Snapshot | undefined> {
    const under = this.running.get(doc.uri);
    if (under && isOf(under, doc.version, knowledge, settings)) return under.result;
    const snapshot = this.snapshotOf(doc, knowledge, settings);
    const steps = this.analyzerFor(doc.uri).steps(snapshot.doc.getText(), knowledge, settings.checks.severity);
    const run = { version: doc.version, knowledge, settings } as SliceRun;
    this.running.set(doc.uri, run);
    // `doc` is live: its version moves on with every edit.
    const abandoned = () => this.running.get(doc.uri) !== run || doc.version !== run.version;
    run.result = runInSlices(steps, abandoned).then((analysis) => {
      if (!analysis) return undefined;
      this.running.delete(doc.uri);
      snapshot.analysis = analysis;
      this.snapshots.set(doc.uri, snapshot);
      this.onSliced();
      return snapshot;
    });
    return run.result;
  }

  /** A snapshot of `doc` as it is now, not yet analysed. */
  private snapshotOf(doc: TextDocument, knowledge: Knowledge, settings: Settings): Snapshot {
    const frozen = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
    return { uri: doc.uri, version: doc.version, doc: frozen, knowledge, settings };
  }

  private analyzerFor(uri: string): BriefAnalyzer {
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) this.analyzers.set(uri, (analyzer = new BriefAnalyzer()));
    return analyzer;
  }
}

function isOf(analysed: { version: number; knowledge: Knowledge; settings: Settings }, version: number, knowledge: Knowledge, settings: Settings): boolean {
  return analysed.version === version && analysed.knowledge === knowledge && analysed.settings === settings;
}
