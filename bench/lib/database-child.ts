/**
 * Child process of database-process.ts: the embedded database on its own, as MongoDB would be in a
 * deployment, so a benchmark's RSS is the service's alone. Sends its URI, stops on disconnect.
 */
import { startEmbeddedServer } from '../../db/embedded/index.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const server = await startEmbeddedServer({ dbPath: process.argv[2]!, logger: silent });
process.send?.({ uri: server.uri });
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
