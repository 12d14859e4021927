/**
 * The engine's public API: the language server and the CLI import the engine only from here,
 * so what plumbing may rely on is this one file (test/engine/purity.test.ts checks both sides).
 */
export * from './factbase/model';
export * from './markdown/model';
export * from './actors/model';
export * from './claims/model';
export * from './check/model';
export { parseFactBase } from './factbase/load';
export { Knowledge, buildKnowledge } from './factbase/knowledge';
export { parseProse } from './markdown/prose';
export { ProseParser } from './markdown/incremental';
export { ActorMatcher } from './actors/matcher';
export { describeActor } from './actors/hover';
export { aliasKey } from './actors/normalise';
export { readClaims } from './claims/read';
export { checkClaims } from './check/check';
export { suppressed } from './check/suppress';
export { describeCheckedClaim } from './check/hover';
export { CHECKS, severityFor } from './check/registry';
export { BriefAnalyzer, type Analysis } from './analyze';
export { factBaseCompletions } from './factbase/completion';
export { completions, type BundledSnippets, type CompletionEntry } from './writing/completion';
export { briefSkeleton } from './writing/skeleton';
export { dateVariables, recommendationSnippet, snippetToText } from './writing/snippets';
export type { Steps } from './steps';
export { firstIndexWhere } from './sorted';
