/** Work done progress for long loads, or a silent stand-in when the client cannot show it. */
import type { Connection } from 'vscode-languageserver/node';

export interface Progress {
  report(percent: number, message: string): void;
  done(): void;
}

const SILENT: Progress = { report: () => undefined, done: () => undefined };

export async function startProgress(connection: Connection, supported: boolean, title: string): Promise<Progress> {
  if (!supported) return SILENT;
  try {
    const reporter = await connection.window.createWorkDoneProgress();
    reporter.begin(title, 0, undefined, false);
    return {
      report: (percent, message) => reporter.report(Math.round(percent), message),
      done: () => reporter.done(),
    };
  } catch {
    return SILENT; // the client refused the token: load anyway
  }
}
