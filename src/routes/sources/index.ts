import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoQuerySchema } from '../common-schemas.ts';
import { answerList, itemOf } from '../list-answer.ts';
import {
  SourceDetailResponses,
  SourceIdParamsSchema,
  SourceListQuerySchema,
  SourceListResponses,
  SourceListSchema,
} from './schemas.ts';

const sources: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        operationId: 'listSources',
        tags: ['sources'],
        summary: 'The outlets',
        description:
          'Every outlet that published an article, with how many articles it has, their languages and the days they span. Outlets whose pages never name them have a null name and sort last by name.',
        querystring: SourceListQuerySchema,
        response: SourceListResponses,
      },
    },
    async (request, reply) => answerList(request, reply, 'listSources', request.query, itemOf(SourceListSchema)),
  );

  app.get(
    '/sources/:id',
    {
      schema: {
        operationId: 'getSource',
        tags: ['sources'],
        summary: 'One outlet and its articles',
        description: 'An outlet with its own description of itself, notes, and its articles, newest first.',
        params: SourceIdParamsSchema,
        querystring: NoQuerySchema,
        response: SourceDetailResponses,
      },
    },
    async (request) => request.read('getSource', request.params.id),
  );
};

export default sources;
