import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParamsSchema } from '../common-schemas.ts';
import { getSource, listSources } from './queries.ts';
import { SourceDetailSchema, SourceListQuerySchema, SourceListSchema } from './schemas.ts';

const sources: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'The outlets',
        description:
          'Every outlet that published an article, with how many articles it has, their languages and the days they span. Outlets whose pages never name them have a null name and sort last by name.',
        querystring: SourceListQuerySchema,
        response: {
          200: SourceListSchema,
          400: errorResponses[400],
          404: errorResponses[404],
          500: errorResponses[500],
        },
      },
    },
    async (req) => listSources(app.db, req.query),
  );

  app.get(
    '/sources/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'One outlet and its articles',
        description: 'An outlet with its own description of itself, notes, and its articles, newest first.',
        params: IdParamsSchema,
        response: {
          200: SourceDetailSchema,
          400: errorResponses[400],
          404: errorResponses[404],
          500: errorResponses[500],
        },
      },
    },
    async (req) => getSource(app.db, req.params.id),
  );
};

export default sources;
