import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Db, openDatabase } from './db/client.ts';
import dbPlugin from './plugins/db.ts';
import errors, { clientProblem, sendProblem } from './plugins/errors.ts';
import fields from './plugins/fields.ts';
import openapi from './plugins/openapi.ts';
import { compiledSerializer } from './plugins/serializer.ts';
import { registerRoutes } from './routes/index.ts';

export interface AppOptions {
  /** A database file to open read-only; ignored when `db` is given. */
  databasePath?: string;
  /** An open database (tests); the caller keeps ownership. */
  db?: Db;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the service: plugins and routes, no listening. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Path ids are validated by their schemas (at most 200 characters), not cut off by the router.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    // Errors raised before routing (a malformed percent-encoding) get the same problem+json shape.
    frameworkErrors: (error, request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      sendProblem(reply, request, clientProblem(status, error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializer);

  const owned = !options.db;
  const db = options.db ?? openDatabase(requirePath(options.databasePath), { readonly: true });
  await app.register(errors);
  await app.register(dbPlugin, { db, owned });
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
