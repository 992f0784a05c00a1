import fp from 'fastify-plugin';
import type { Db } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface DbPluginOptions {
  db: Db;
  /** Close the connection when the app closes (true when the app opened it). */
  owned: boolean;
}

/** Decorates the app with the Drizzle database and closes it with the app. */
export default fp<DbPluginOptions>(
  async (app, { db, owned }) => {
    app.decorate('db', db);
    if (owned) app.addHook('onClose', async () => db.$client.close());
  },
  { name: 'db' },
);
