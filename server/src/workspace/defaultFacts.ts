import * as path from 'node:path';

/**
 * The fact base shipped with the extension. Resolved against the running bundle
 * (server/out/*.js → server/facts/), so it is read from disk at run time, not bundled.
 */
export const DEFAULT_FACTS_PATH = path.join(__dirname, '..', 'facts', 'default.facts.yaml');
