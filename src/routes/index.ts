import type { FastifyInstance } from 'fastify';
import articles from './articles/index.ts';
import entities from './entities/index.ts';
import events from './events/index.ts';
import health from './health/index.ts';
import sources from './sources/index.ts';

/** Every route of the service: `/health` at the root, the resources under `/v1`. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(health);
  await app.register(
    async (v1) => {
      await v1.register(articles);
      await v1.register(entities);
      await v1.register(events);
      await v1.register(sources);
    },
    { prefix: '/v1' },
  );
}

/** The OpenAPI tags, in the order the docs show them. */
export const TAGS = [
  { name: 'articles', description: 'The scraped articles: cleaned text, full-text search, mentions.' },
  { name: 'people', description: 'The people the articles mention, with aliases and co-mentions.' },
  { name: 'entities', description: 'Every mentioned person, organization, place and country.' },
  { name: 'events', description: 'The timeline: what happened when, according to which articles.' },
  { name: 'sources', description: 'The outlets that published the articles.' },
  { name: 'meta', description: 'Service health and documentation.' },
];
