/**
 * The VS Code side of Policy Brief: starts the language server and offers a few commands.
 * It holds no fact-checking logic; everything a brief shows (diagnostics, hovers,
 * definitions, completions, quick fixes) comes from the server over LSP.
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { PolicyBriefInitializationOptions } from '../../server/src/lsp/protocol';
import { insertRecommendation, newBrief } from './writingCommands';

const CLIENT_ID = 'policyBrief'; // also the prefix of `policyBrief.trace.server`
const CLIENT_NAME = 'Policy Brief';
const DEFAULT_FACT_BASE_GLOB = '**/*.facts.yaml';
const EXCLUDED_FOLDERS = '**/{node_modules,.git}/**';

/** What `activate` returns; the end-to-end tests use it to wait for the server. */
export interface PolicyBriefApi {
  /** Resolves once the language server has started (again, after a restart). */
  whenReady(): Promise<void>;
}

/** The running client and the file watcher that feeds it (a new pair on every restart). */
let client: LanguageClient | undefined;
let watcher: vscode.FileSystemWatcher | undefined;
let starting: Promise<void> = Promise.resolve();

export async function activate(context: vscode.ExtensionContext): Promise<PolicyBriefApi> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const status = vscode.window.createStatusBarItem('policyBrief.status', vscode.StatusBarAlignment.Right, 100);
  status.name = CLIENT_NAME;
  status.command = 'policyBrief.showOutput';
  context.subscriptions.push(output, status);

  const showState = (state: 'starting' | 'running' | 'stopped'): void => {
    const icon = { starting: '$(sync~spin)', running: '$(check)', stopped: '$(error)' }[state];
    status.text = `${icon} Policy Brief`;
    status.tooltip = `Policy Brief language server: ${state}. Click for its output.`;
    status.show();
  };

  const start = async (): Promise<void> => {
    showState('starting');
    const serverModule = context.asAbsolutePath('server/out/server.js');
    if (!existsSync(serverModule)) {
      showState('stopped');
      const message = `Policy Brief: the language server is missing (${serverModule}); build the extension with \`npm run build\`.`;
      output.error(message);
      throw new Error(message);
    }
    watcher = vscode.workspace.createFileSystemWatcher(factBaseGlobAnywhere());
    client = createClient(context, output, watcher);
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) showState('running');
      else if (event.newState === State.Stopped) showState('stopped');
      else showState('starting');
    });
    try {
      await client.start();
    } catch (error) {
      showState('stopped');
      output.appendLine(`Could not start the language server: ${String(error)}`);
      throw error;
    }
  };

  const restart = async (): Promise<void> => {
    const previous = starting;
    starting = (async () => {
      await previous.catch(() => undefined); // let a start in progress finish first
      await stopClient().catch((error) => output.appendLine(`Stopping the server failed: ${String(error)}`));
      await start();
    })();
    await starting;
  };

  /** The running client for a command, or undefined after saying why there is none. */
  const runningClient = async (): Promise<LanguageClient | undefined> => {
    await starting.catch(() => undefined); // a start or restart in progress
    if (client?.state === State.Running) return client;
    void vscode.window
      .showErrorMessage('Policy Brief: the language server is not running.', 'Restart Server', 'Show Output')
      .then((choice) => {
        if (choice === 'Restart Server') void vscode.commands.executeCommand('policyBrief.restartServer');
        else if (choice === 'Show Output') output.show(true);
      });
    return undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('policyBrief.restartServer', restart),
    vscode.commands.registerCommand('policyBrief.insertRecommendation', () => insertRecommendation(runningClient)),
    vscode.commands.registerCommand('policyBrief.newBrief', () => newBrief(runningClient)),
    vscode.commands.registerCommand('policyBrief.showFactBase', () => showFactBase(context)),
    vscode.commands.registerCommand('policyBrief.showOutput', () => output.show(true)),
    // The document selector and file watcher are built from the glob: a new glob needs a new client.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('policyBrief.factBases.glob')) void restart();
    }),
  );

  starting = start();
  // Activation does not fail when the server cannot start: the error is in the output
  // channel and the status bar, and "Restart Server" can try again.
  await starting.catch(() => undefined);
  return { whenReady: () => starting };
}

export function deactivate(): Promise<void> {
  return stopClient();
}

async function stopClient(): Promise<void> {
  const current = client;
  client = undefined;
  watcher?.dispose();
  watcher = undefined;
  // dispose() stops the server (waiting at most 2 s for it) and releases the client's features.
  await current?.dispose(2000).catch(() => undefined); // a client that never started has nothing to stop
}

/** The fact base glob as the user set it: relative to each workspace folder. */
function factBaseGlob(): string {
  const glob = vscode.workspace.getConfiguration('policyBrief').get<string>('factBases.glob');
  return glob && glob.trim() !== '' ? glob : DEFAULT_FACT_BASE_GLOB;
}

/**
 * The same glob for matching absolute paths (document selector, file watcher): anywhere in
 * the tree. It may be broader than the setting; the server applies the setting per folder.
 */
function factBaseGlobAnywhere(): string {
  const glob = factBaseGlob();
  return glob.startsWith('**/') || glob.startsWith('/') ? glob : `**/${glob}`;
}

function createClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  watcher: vscode.FileSystemWatcher,
): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  // TransportKind.stdio makes the client pass `--stdio` to the server.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const documentSelector: DocumentSelector = [
    { scheme: 'file', language: 'markdown' },
    { scheme: 'untitled', language: 'markdown' },
    // *.brief.md files get the extension's own Markdown-based language.
    { scheme: 'file', language: 'policy-brief' },
    { scheme: 'untitled', language: 'policy-brief' },
    // Fact base files, so the server can report their problems and be a definition target.
    { scheme: 'file', language: 'yaml', pattern: factBaseGlobAnywhere() },
  ];
  // VS Code has snippets/policy-brief.code-snippets (contributed in package.json): the server
  // then leaves the default fact base's recommendations and the skeleton out of completions.
  const initializationOptions: PolicyBriefInitializationOptions = { bundledSnippets: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    initializationOptions,
    outputChannel: output,
    synchronize: {
      configurationSection: 'policyBrief',
      fileEvents: watcher,
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/** Opens the shipped fact base, or lets the user pick among it and the workspace's own. */
async function showFactBase(context: vscode.ExtensionContext): Promise<void> {
  const defaultUri = vscode.Uri.file(context.asAbsolutePath('server/facts/default.facts.yaml'));
  const workspaceFiles = vscode.workspace.workspaceFolders
    ? await vscode.workspace.findFiles(factBaseGlob(), EXCLUDED_FOLDERS, 200)
    : [];
  const others = workspaceFiles
    .filter((uri) => uri.toString() !== defaultUri.toString())
    .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  let target = defaultUri;
  if (others.length > 0) {
    const items = [
      { label: 'Default fact base', description: 'shipped with Policy Brief', uri: defaultUri },
      ...others.map((uri) => ({
        label: vscode.workspace.asRelativePath(uri, true),
        description: 'workspace fact base',
        uri,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Open a fact base' });
    if (!picked) return;
    target = picked.uri;
  }
  await vscode.window.showTextDocument(target, { preview: false });
}
