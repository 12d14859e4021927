/**
 * The language server: wires LSP requests and notifications to the engine. Each handler is
 * one call into an adapter (hover.ts, navigation.ts, codeActions.ts, diagnostics.ts); the
 * connection is passed in so tests and other transports can drive the same server.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { AnalysisCache } from './analyses';
import { codeActionsFor } from './codeActions';
import { DiagnosticScheduler } from './diagnostics';
import { FactBaseService } from './factBases';
import { Folders } from './folders';
import { guard } from './guard';
import { hoverAt } from './hover';
import { actorAt, definitionAt, referencesTo } from './navigation';
import { startProgress } from './progress';
import { completionsAt, factBaseCompletionsAt, type CompletionOptions } from './completion';
import { BRIEF_SKELETON_REQUEST, RECOMMENDATIONS_REQUEST, type DocumentScopeParams, type PolicyBriefInitializationOptions } from './protocol';
import { briefSkeletonOf, NO_DOCUMENT_URI, recommendationsOf } from './requests';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens';
import { SettingsCache } from './settings';
import { DEFAULT_FACTS_PATH } from '../workspace/defaultFacts';
import type { Snapshot } from './analyses';

/**
 * What editors call Markdown: VS Code and most clients say "markdown", Emacs's gfm-mode "gfm",
 * Zed "Markdown", pandoc and Quarto modes their own names. A client that names it otherwise
 * still gets Markdown files checked by their extension.
 */
const BRIEF_LANGUAGES = new Set(['markdown', 'policy-brief', 'gfm', 'md', 'pandoc', 'markdown.pandoc', 'quarto', 'rmarkdown', 'rmd']);
const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkdn?|mkd)$/i;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  let settings = new SettingsCache(connection, false);
  let canRegisterWatchers = false;
  let canReportProgress = false;
  let canWatchFolders = false;
  let canRegisterConfiguration = false;
  let canRefreshTokens = false;
  let completionOptions: CompletionOptions = { snippetSupport: false };

  const isBrief = (doc: TextDocument) => BRIEF_LANGUAGES.has(doc.languageId.toLowerCase()) || MARKDOWN_FILE.test(doc.uri);
  const openText = (path: string) => documents.get(URI.file(path).toString())?.getText();

  // Built on initialize, once the client's capabilities are known.
  let factBases!: FactBaseService;
  let analyses!: AnalysisCache;
  let scheduler!: DiagnosticScheduler;

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings = new SettingsCache(connection, caps.workspace?.configuration === true);
    canRegisterWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canReportProgress = caps.window?.workDoneProgress === true;
    canWatchFolders = caps.workspace?.workspaceFolders === true;
    canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRefreshTokens = caps.workspace?.semanticTokens?.refreshSupport === true;
    // VS Code's client ships the default fact base's recommendations and the skeleton as a
    // snippet file and says so; completions then leave those out (see protocol.ts).
    const bundledSnippets = (params.initializationOptions as PolicyBriefInitializationOptions | undefined)?.bundledSnippets === true;
    completionOptions = {
      snippetSupport: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
      bundled: bundledSnippets ? { recommendationFiles: new Set([DEFAULT_FACTS_PATH]), skeleton: true } : undefined,
    };
    folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []));

    factBases = new FactBaseService({
      connection,
      folders,
      settings,
      openText,
      progress: (title) => startProgress(connection, canReportProgress, title),
    });
    // Have the client ask for tokens again. A client that fails the request keeps its older
    // tokens until the next edit, which is harmless.
    const refreshTokens = () => {
      if (canRefreshTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
    };
    // A big document's tokens came from an older analysis until its analysis in slices ends.
    analyses = new AnalysisCache(factBases, settings, refreshTokens);
    scheduler = new DiagnosticScheduler(connection, documents, analyses, settings, isBrief);
    factBases.onDidChange(() => scheduler.scheduleAll());
    // Actor tokens depend on the fact bases.
    factBases.onDidChange(refreshTokens);

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        completionProvider: {},
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'policy-brief' },
    };
  });

  connection.onInitialized(
    guard(connection, 'initialized', undefined, async () => {
      if (canRegisterWatchers) {
        // Every folder's glob is a subset of "all YAML"; the service filters by folder glob.
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{yaml,yml}' }],
        });
      }
      if (canRegisterConfiguration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyBrief' });
      }
      if (canWatchFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          folders.change(event.added, event.removed);
          void factBases.reload();
        });
      }
      await factBases.reload();
    }),
  );

  connection.onDidChangeConfiguration(
    guard(connection, 'didChangeConfiguration', undefined, async () => {
      settings.clear();
      // Globs or useDefault may have changed: rediscover; the reload re-checks open briefs.
      await factBases.reload();
      scheduler.scheduleAll();
    }),
  );

  connection.onDidChangeWatchedFiles(guard(connection, 'didChangeWatchedFiles', undefined, (p) => factBases.filesChanged(p.changes)));

  documents.onDidChangeContent(
    guard(connection, 'didChange', undefined, async ({ document }) => {
      if (isBrief(document)) await scheduler.schedule(document.uri);
      else if (factBases.isFactBase(document.uri)) factBases.documentChanged(document.uri, document.getText());
    }),
  );

  documents.onDidClose(
    guard(connection, 'didClose', undefined, async ({ document }) => {
      if (isBrief(document)) {
        scheduler.clear(document.uri);
        analyses.forget(document.uri);
      } else if (factBases.isFactBase(document.uri)) {
        await factBases.documentClosed(document.uri);
      }
    }),
  );

  /**
   * The analysis a request answers from, never waiting for a big document's analysis
   * (analyses.ts); undefined for documents that are not briefs.
   */
  const snapshotFor = async (uri: string): Promise<Snapshot | undefined> => {
    const doc = documents.get(uri);
    return doc && isBrief(doc) ? analyses.get(doc, false) : undefined;
  };

  connection.onHover(
    guard(connection, 'hover', null, async ({ textDocument, position }) => {
      const snapshot = await snapshotFor(textDocument.uri);
      return snapshot ? hoverAt(snapshot, position) : null;
    }),
  );

  connection.onDefinition(
    guard(connection, 'definition', null, async ({ textDocument, position }) => {
      const snapshot = await snapshotFor(textDocument.uri);
      return snapshot ? definitionAt(snapshot, position) : null;
    }),
  );

  connection.onReferences(
    guard(connection, 'references', null, async ({ textDocument, position, context }) => {
      const here = await snapshotFor(textDocument.uri);
      const actorId = here && actorAt(here, position);
      if (!here || !actorId) return null;
      const others: Snapshot[] = [];
      for (const doc of documents.all()) {
        const snapshot = isBrief(doc) ? await analyses.get(doc, false) : undefined;
        if (snapshot) others.push(snapshot);
      }
      return referencesTo(actorId, others, here, context.includeDeclaration);
    }),
  );

  connection.onCompletion(
    guard(connection, 'completion', null, async ({ textDocument, position }) => {
      const doc = documents.get(textDocument.uri);
      if (doc && factBases.isFactBase(doc.uri)) {
        return factBaseCompletionsAt(doc, factBases.knowledgeFor(doc.uri).knowledge, position);
      }
      if (!doc || !isBrief(doc)) return null;
      const snapshot = await analyses.get(doc, false);
      return completionsAt(doc, snapshot, factBases.knowledgeFor(doc.uri).knowledge, position, completionOptions);
    }),
  );

  const noTokens = { data: [] };

  connection.languages.semanticTokens.on(
    guard(connection, 'semanticTokens', noTokens, async ({ textDocument }) => {
      const snapshot = await snapshotFor(textDocument.uri);
      return snapshot ? semanticTokens(snapshot) : noTokens;
    }),
  );

  connection.languages.semanticTokens.onRange(
    guard(connection, 'semanticTokens/range', noTokens, async ({ textDocument, range }) => {
      const snapshot = await snapshotFor(textDocument.uri);
      return snapshot ? semanticTokens(snapshot, range) : noTokens;
    }),
  );

  connection.onRequest(
    RECOMMENDATIONS_REQUEST,
    guard(connection, RECOMMENDATIONS_REQUEST, [], (params: DocumentScopeParams | undefined) =>
      recommendationsOf(factBases.knowledgeFor(params?.uri ?? NO_DOCUMENT_URI).knowledge),
    ),
  );

  connection.onRequest(
    BRIEF_SKELETON_REQUEST,
    guard(connection, BRIEF_SKELETON_REQUEST, null, (params: DocumentScopeParams | undefined) =>
      briefSkeletonOf(factBases.knowledgeFor(params?.uri ?? NO_DOCUMENT_URI).knowledge, new Date()),
    ),
  );

  connection.onCodeAction(
    guard(connection, 'codeAction', null, (params) => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? codeActionsFor(doc, params, scheduler.publishedFor(doc.uri)) : null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
