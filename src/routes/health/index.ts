import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { articles } from '../../db/schema.ts';
import { errorResponses } from '../common-schemas.ts';

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    articles: z.number().int().describe('Articles in the database.'),
  })
  .meta({ id: 'Health', example: { status: 'ok', articles: 5 } });

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Service health',
        description: 'Answers 200 when the service is up and its database can be read.',
        response: { 200: HealthSchema, 500: errorResponses[500] },
      },
    },
    async () => {
      const row = app.db.select({ n: sql<number>`count(*)` }).from(articles).get();
      return { status: 'ok' as const, articles: row?.n ?? 0 };
    },
  );
};

export default health;
