import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParamsSchema } from '../common-schemas.ts';
import { getEntity, listEntities } from './queries.ts';
import {
  EntityDetailSchema,
  EntityListQuerySchema,
  EntityListSchema,
  PersonDetailSchema,
  PersonListQuerySchema,
  PersonListSchema,
} from './schemas.ts';

/** `/people` is the person-typed view of `/entities`; both answer from the same queries. */
const entities: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'List and find people',
        description:
          'The people the articles mention, most mentioned first. Find one by any spelling of the name (`q`), narrow to articles or sources (counts are then taken over those articles), or list who is mentioned alongside given people (`mentionedWith`). Paginated by `cursor`.',
        querystring: PersonListQuerySchema,
        response: { 200: PersonListSchema, ...errorResponses },
      },
    },
    async (request) => listEntities(app.db, request.query, { route: 'people', types: ['person'] }),
  );

  app.get(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'One person',
        description:
          'A person with every spelling of the name, the articles mentioning them, the events they take part in and the ten people most often mentioned alongside them. An id of an organization, place or country is a 404 pointing to `/v1/entities/{id}`.',
        params: IdParamsSchema,
        response: { 200: PersonDetailSchema, ...errorResponses },
      },
    },
    async (request) => getEntity(app.db, request.params.id, 'person'),
  );

  app.get(
    '/entities',
    {
      schema: {
        tags: ['entities'],
        summary: 'List and find entities',
        description:
          'Every mentioned person, organization, place and country, most mentioned first. Filter by type, find by any spelling of the name (`q`), or narrow to articles or sources (counts are then taken over those articles). Paginated by `cursor`.',
        querystring: EntityListQuerySchema,
        response: { 200: EntityListSchema, ...errorResponses },
      },
    },
    async (request) => listEntities(app.db, request.query, { route: 'entities', types: request.query.type }),
  );

  app.get(
    '/entities/:id',
    {
      schema: {
        tags: ['entities'],
        summary: 'One entity',
        description:
          'An entity of any type with every spelling of the name, the articles mentioning it, the events it takes part in and the ten entities of any type most often mentioned alongside it.',
        params: IdParamsSchema,
        response: { 200: EntityDetailSchema, ...errorResponses },
      },
    },
    async (request) => getEntity(app.db, request.params.id),
  );
};

export default entities;
