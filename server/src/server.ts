/**
 * Language server entry. The transport (--stdio, --node-ipc, --socket=N) is chosen from the
 * command line by createConnection; everything else lives in lsp/startServer.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

const connection = createConnection(ProposedFeatures.all);
// Last line of defence: a bug in an event callback must not take the editor's server down.
process.on('uncaughtException', (e) => connection.console.error(`policy-brief: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`policy-brief: ${String(e)}`));
startServer(connection);
