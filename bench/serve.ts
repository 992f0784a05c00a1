import { buildApp } from '../src/app.ts';

/** The real service on an existing database, for the benchmark: prints its port, logs nothing. */
const path = process.argv[2];
if (!path) throw new Error('usage: serve.ts DATABASE_PATH');
const app = await buildApp({ databasePath: path });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
