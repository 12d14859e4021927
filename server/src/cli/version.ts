/** Replaced at bundle time from package.json (scripts/bundle.mjs, esbuild `define`). */
declare const __POLICY_BRIEF_VERSION__: string;

export const VERSION: string = typeof __POLICY_BRIEF_VERSION__ === 'string' ? __POLICY_BRIEF_VERSION__ : '0.0.0-dev';
