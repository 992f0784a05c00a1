import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_VERSION = '1.0.0';

export const API_DESCRIPTION = [
  'A linked, queryable knowledge base of news coverage: which outlets said what, who is mentioned where, and what happened when, according to whom.',
  'Every error is an RFC 9457 `application/problem+json` body with `type`, `title`, `status`, `detail` and `instance`; a 400 also lists each invalid parameter and why.',
].join('\n\n');

/** The OpenAPI tags, in the order the docs show them. */
export const TAGS = [
  { name: 'articles', description: 'The scraped articles: cleaned text, full-text search, mentions.' },
  { name: 'people', description: 'The people the articles mention, with aliases and co-mentions.' },
  { name: 'entities', description: 'Every mentioned person, organization, place and country.' },
  { name: 'events', description: 'The timeline: what happened when, according to which articles.' },
  { name: 'sources', description: 'The outlets that published the articles.' },
  { name: 'meta', description: 'Service health and documentation.' },
];

/** OpenAPI 3.1 generated from the routes' zod schemas, served at /openapi.json, with Swagger UI at /docs. */
async function openapi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'News coverage API', version: API_VERSION, description: API_DESCRIPTION },
      tags: TAGS,
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapi, { name: 'openapi' });
