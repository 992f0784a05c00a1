import type { FastifyInstance } from 'fastify';
import articles from './articles/index.ts';
import entities from './entities/index.ts';
import events from './events/index.ts';
import health from './health/index.ts';
import quotations from './quotations/index.ts';
import sources from './sources/index.ts';

/** Every route of the service: `/health` at the root, the resources under `/v1`. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(health);
  await app.register(
    async (v1) => {
      await v1.register(articles);
      await v1.register(entities);
      await v1.register(events);
      await v1.register(quotations);
      await v1.register(sources);
    },
    { prefix: '/v1' },
  );
}
