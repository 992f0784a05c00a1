import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoQuerySchema } from '../common-schemas.ts';
import { answerList, itemOf } from '../list-answer.ts';
import {
  EntityDetailResponses,
  EntityIdParamsSchema,
  EntityListQuerySchema,
  EntityListResponses,
  EntityListSchema,
  PersonDetailResponses,
  PersonIdParamsSchema,
  PersonListQuerySchema,
  PersonListResponses,
  PersonListSchema,
} from './schemas.ts';

/** `/people` is the person-typed view of `/entities`; both answer from the same queries. */
const entities: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/people',
    {
      schema: {
        operationId: 'listPeople',
        tags: ['people'],
        summary: 'List and find people',
        description:
          'The people the articles mention, most mentioned first, each `confirmed` (curated) or a `candidate` (a name found in a page that matches no curated person). Find one by any spelling of the name (`q`), keep one status (`status`), narrow to articles or sources (counts are then taken over those articles), or list who is mentioned alongside given people (`mentionedWith`). Paginated by `cursor`.',
        querystring: PersonListQuerySchema,
        response: PersonListResponses,
      },
    },
    async (request, reply) => answerList(request, reply, 'listPeople', request.query, itemOf(PersonListSchema)),
  );

  app.get(
    '/people/:id',
    {
      schema: {
        operationId: 'getPerson',
        tags: ['people'],
        summary: 'One person',
        description:
          'A person with every spelling of the name, the articles mentioning them, the events they take part in and the ten people most often mentioned alongside them; a candidate has no description, and says how it was found (`foundBy`). An id of an organization, place or country is a 404 pointing to `/v1/entities/{id}`.',
        params: PersonIdParamsSchema,
        querystring: NoQuerySchema,
        response: PersonDetailResponses,
      },
    },
    async (request) => request.read('getPerson', request.params.id),
  );

  app.get(
    '/entities',
    {
      schema: {
        operationId: 'listEntities',
        tags: ['entities'],
        summary: 'List and find entities',
        description:
          'Every mentioned person, organization, place and country, most mentioned first, each `confirmed` (curated) or a `candidate` (a name found in a page that matches no curated entity). Filter by type and status, find by any spelling of the name (`q`), or narrow to articles or sources (counts are then taken over those articles). Paginated by `cursor`.',
        querystring: EntityListQuerySchema,
        response: EntityListResponses,
      },
    },
    async (request, reply) => answerList(request, reply, 'listEntities', request.query, itemOf(EntityListSchema)),
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        operationId: 'getEntity',
        tags: ['entities'],
        summary: 'One entity',
        description:
          'An entity of any type with every spelling of the name, the articles mentioning it, the events it takes part in and the ten entities of any type most often mentioned alongside it; a candidate has no description, and says how it was found (`foundBy`).',
        params: EntityIdParamsSchema,
        querystring: NoQuerySchema,
        response: EntityDetailResponses,
      },
    },
    async (request) => request.read('getEntity', request.params.id),
  );
};

export default entities;
