/** The engine's public API: what the language server and the CLI use. */
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
export { readClaims } from './claims/read';
export { checkClaims } from './check/check';
export { suppressed } from './check/suppress';
export { describeCheckedClaim } from './check/hover';
export { CHECKS, severityFor } from './check/registry';
export { BriefAnalyzer, type Analysis } from './analyze';
