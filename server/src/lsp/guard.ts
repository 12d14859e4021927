/**
 * Handlers never throw into the connection: an error in one request is logged to the
 * client's output and answered with the fallback, and the server keeps serving.
 */
import type { Connection } from 'vscode-languageserver/node';

export function guard<P extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (e) {
      connection.console.error(`policy-brief: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };
}
