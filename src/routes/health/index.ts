import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonResponse, NoQuerySchema } from '../common-schemas.ts';
import { HealthErrorResponses } from './schemas.ts';

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
        operationId: 'getHealth',
        tags: ['meta'],
        summary: 'Service health',
        description: 'Answers 200 when the service is up and its database can be read.',
        querystring: NoQuerySchema,
        response: { 200: jsonResponse('The service is up.', HealthSchema), ...HealthErrorResponses },
      },
    },
    async (request) => ({ status: 'ok' as const, ...(await request.read('health', null)) }),
  );
};

export default health;
