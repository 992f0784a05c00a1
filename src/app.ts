import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Config, loadConfig } from './config.ts';
import { type Db, openDatabase } from './db/client.ts';
import errors, { clientProblem, handleClientErrors, sendProblem } from './plugins/errors.ts';
import fields from './plugins/fields.ts';
import http from './plugins/http.ts';
import ingest from './plugins/ingest.ts';
import openapi from './plugins/openapi.ts';
import reads from './plugins/reads.ts';
import { requestId } from './plugins/request-id.ts';
import { compiledSerializer } from './plugins/serializer.ts';
import { registerRoutes } from './routes/index.ts';
import { setCursorKey } from './routes/pagination.ts';

export interface AppOptions {
  /**
   * A database file to open read-only (each read thread opens its own connection) and, with `INGEST_API_KEY` set,
   * once for writing; ignored when `db` is given.
   */
  databasePath?: string;
  /** An open database to read inline on the calling thread (scripts, tests that count statements), and to write. */
  db?: Db;
  logger?: FastifyServerOptions['logger'];
  /** Settings; anything left out takes its default (see src/config.ts). */
  config?: Partial<Config>;
}

/** Builds the service: plugins and routes, no listening. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const config: Config = { ...loadConfig({}), ...options.config };
  const cursorSecret = config.CURSOR_SECRET ?? randomBytes(32).toString('base64url');
  setCursorKey(cursorSecret);
  const app = Fastify({
    logger: options.logger ?? false,
    // Path ids are validated by their schemas (at most 200 characters), not cut off by the router.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    genReqId: requestId,
    // A hop count is valid at run time (Fastify hands it to proxy-addr) though its types leave it out.
    trustProxy: config.TRUST_PROXY as boolean | string | string[],
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeout: config.REQUEST_TIMEOUT_MS * 2,
    // Node checks the header and request deadlines every connectionsCheckingInterval (30 s by default).
    http: { headersTimeout: config.HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 500 },
    // Errors raised before routing (a malformed percent-encoding) get the same problem+json shape.
    frameworkErrors: (error, request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      sendProblem(reply, request, clientProblem(status, error.message));
    },
    // And so do those of Node's HTTP parser (headers too large, a malformed request line), before Fastify sees them.
    clientErrorHandler: handleClientErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializer);

  await app.register(errors);
  // Inline reads over a connection of this thread: the caller's, or one the app opens and closes (READ_THREADS=0).
  const inline =
    options.db ??
    (config.READ_THREADS === 0 ? openDatabase(requirePath(options.databasePath), { readonly: true }) : undefined);
  if (inline && !options.db) app.addHook('onClose', async () => inline.$client.close());
  await app.register(reads, {
    ...(inline ? { db: inline, threads: 0 } : { databasePath: options.databasePath, threads: config.READ_THREADS }),
    budgetMs: config.QUERY_TIMEOUT_MS,
    cursorSecret,
  });
  // One writer connection per process, apart from the readers: only when ingest is enabled (or given a `db`).
  await app.register(ingest, { apiKey: config.INGEST_API_KEY, db: options.db, databasePath: options.databasePath });
  await app.register(http, config);
  await app.register(fields);
  await app.register(openapi);
  await registerRoutes(app);
  await app.ready();
  return app;
}

function requirePath(path: string | undefined): string {
  if (!path) throw new Error('buildApp needs a databasePath or a db');
  return path;
}
