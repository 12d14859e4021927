/**
 * The writing-aid commands: "Insert Recommendation…" and "New Brief". Both ask the language
 * server (policyBrief/recommendations, policyBrief/briefSkeleton) and only show and insert
 * what it answers: the recommendations, citations and skeleton come from the fact bases,
 * which only the server reads.
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import {
  BRIEF_SKELETON_REQUEST,
  RECOMMENDATIONS_REQUEST,
  type BriefSkeleton,
  type DocumentScopeParams,
  type RecommendationInfo,
} from '../../server/src/lsp/protocol';

const recommendationsRequest = new RequestType<DocumentScopeParams, RecommendationInfo[], void>(RECOMMENDATIONS_REQUEST);
const briefSkeletonRequest = new RequestType<DocumentScopeParams, BriefSkeleton | null, void>(BRIEF_SKELETON_REQUEST);

/** The languages the server checks (see the client's document selector). */
const BRIEF_LANGUAGES = new Set(['markdown', 'policy-brief']);

/**
 * The language of a brief made by "New Brief". policy-brief rather than markdown: it is the
 * extension's language for briefs, so the new document gets its language configuration (a
 * double-click selects "Tehreek-i-Taliban" or "1,612" whole, Enter continues a list), the
 * same grammar (Markdown plus the claims injection), snippets and language server as
 * *.brief.md files (saved under that name, it stays a brief). What it gives up is VS Code's built-in Markdown features (outline, link completions),
 * which are registered for `markdown` only; the preview stays one click away (editor title
 * button), and "Change Language Mode" turns the document into plain Markdown at any time.
 */
const NEW_BRIEF_LANGUAGE = 'policy-brief';

/** Resolves with the running client, or undefined after telling the user why there is none. */
export type ClientProvider = () => Promise<LanguageClient | undefined>;

interface RecommendationPick extends vscode.QuickPickItem {
  recommendation: RecommendationInfo;
}

/** Picks one of the brief's recommendations and inserts it at the cursor, tab stops and all. */
export async function insertRecommendation(getClient: ClientProvider): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Policy Brief: open a brief first; the recommendation is inserted at its cursor.');
    return;
  }
  if (!BRIEF_LANGUAGES.has(editor.document.languageId)) {
    void vscode.window.showInformationMessage(
      `Policy Brief: recommendations can be inserted into Markdown and policy brief documents, not ${editor.document.languageId}.`,
    );
    return;
  }
  const client = await getClient();
  if (!client) return;
  const recommendations = await client.sendRequest(recommendationsRequest, { uri: editor.document.uri.toString() });
  if (!recommendations || recommendations.length === 0) {
    void vscode.window.showInformationMessage('Policy Brief: the fact bases of this brief have no recommendations.');
    return;
  }
  const items = recommendations.map(
    (recommendation): RecommendationPick => ({
      label: recommendation.title,
      description: recommendation.citation,
      detail: recommendation.summary,
      recommendation,
    }),
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Insert Recommendation',
    placeHolder: 'A recommendation of the fact base, inserted with its citation',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  // Into the editor the command started from, even if focus moved while the pick was open.
  const inserted = await editor.insertSnippet(new vscode.SnippetString(picked.recommendation.snippet));
  if (!inserted) void vscode.window.showWarningMessage('Policy Brief: the editor was closed or changed; nothing was inserted.');
}

/** Opens an untitled brief holding the skeleton of the default fact base, as a snippet. */
export async function newBrief(getClient: ClientProvider): Promise<void> {
  const client = await getClient();
  if (!client) return;
  // No uri: an untitled document belongs to no workspace folder, so the server checks it
  // against the default fact base only; the skeleton is built from that same fact base.
  const skeleton = await client.sendRequest(briefSkeletonRequest, {});
  if (!skeleton) {
    void vscode.window.showErrorMessage('Policy Brief: the language server could not build a brief skeleton; see its output.');
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: NEW_BRIEF_LANGUAGE, content: '' });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.insertSnippet(new vscode.SnippetString(skeleton.snippet), new vscode.Position(0, 0));
}
