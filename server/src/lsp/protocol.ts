/**
 * The server's own protocol on top of LSP: custom request names, their parameter and result
 * types, and the initialization options. Types and string constants only, so the VS Code
 * client (or any client written in TypeScript) can import this file without pulling in
 * server code.
 */

/** `initializationOptions` the server understands. */
export interface PolicyBriefInitializationOptions {
  /**
   * The client already offers snippets/policy-brief.code-snippets (the default fact base's
   * recommendations and the "brief" skeleton), as VS Code does: completions then leave those
   * out so nothing is listed twice. Other editors leave it unset and get everything.
   */
  bundledSnippets?: boolean;
}

/** Params of both requests: the brief whose fact bases to use; absent means the default fact base only. */
export interface DocumentScopeParams {
  uri?: string;
}

/** `policyBrief/recommendations`: every recommendation of the fact bases the document uses, in fact base order. */
export const RECOMMENDATIONS_REQUEST = 'policyBrief/recommendations';

export interface RecommendationInfo {
  id: string;
  title: string;
  /** One line, for pickers. */
  summary: string;
  /** "Ali, Stratheia (2025), ¶12". */
  citation: string;
  sourceTitle: string;
  /** VS Code snippet syntax (tab stops and choices), with the citation. */
  snippet: string;
  /** The snippet as plain text, every placeholder at its default. */
  text: string;
}

/** `policyBrief/briefSkeleton`: a new brief built from the document's fact bases. */
export const BRIEF_SKELETON_REQUEST = 'policyBrief/briefSkeleton';

export interface BriefSkeleton {
  /** VS Code snippet syntax, with date variables. */
  snippet: string;
  /** Plain text with today's date filled in. */
  text: string;
}
