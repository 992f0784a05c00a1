import swagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_VERSION = '1.0.0';

export const API_DESCRIPTION = [
  'A linked, queryable knowledge base of news coverage: which outlets said what, who is mentioned where, and what happened when, according to whom.',
  'Every error is an RFC 9457 `application/problem+json` body with `type`, `title`, `status`, `detail` and `instance`; a 400 also lists each invalid parameter and why. A query parameter a route does not take is a 400 too, naming it and the nearest known name.',
  'Lists answer a page of JSON, or with `format` (or the Accept header) the whole list as CSV or NDJSON; `fields` trims each item to the fields named, answered as `application/vnd.news-coverage.sparse+json`.',
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

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The route's zod schemas to JSON Schema (fastify-type-provider-zod), keeping what that leaves out of responses
 * declared per media type: each media type's `examples` and the response's `headers`.
 */
const transform: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input);
  const declared = input.schema?.response;
  const transformed = (result.schema as Json | undefined)?.response;
  if (!isObject(declared) || !isObject(transformed)) return result;
  for (const [status, response] of Object.entries(declared)) {
    const target = transformed[status];
    if (!isObject(response) || !isObject(target)) continue;
    if (isObject(response.headers)) target.headers = response.headers;
    if (!isObject(response.content) || !isObject(target.content)) continue;
    for (const [mediaType, media] of Object.entries(response.content)) {
      const out = target.content[mediaType];
      if (isObject(media) && isObject(out) && media.examples !== undefined) out.examples = media.examples;
    }
  }
  return result;
};

/** Every `$ref` under `node`. */
function refsIn(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) refsIn(child, into);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value.replace('#/components/schemas/', ''));
      else refsIn(value, into);
    }
  }
  return into;
}

/** Drops the ±2^53 bounds zod puts on every integer: true of any JSON number, and noise in the docs. */
function dropSafeIntegerBounds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) dropSafeIntegerBounds(child);
    return;
  }
  if (!isObject(node)) return;
  if (node.minimum === Number.MIN_SAFE_INTEGER) delete node.minimum;
  if (node.maximum === Number.MAX_SAFE_INTEGER) delete node.maximum;
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas.
    if (key !== 'example' && key !== 'examples') dropSafeIntegerBounds(value);
  }
}

/**
 * The whole document: the components the zod registry holds (fastify-type-provider-zod names each twice, as input
 * and as output), cut down to those the paths use, directly or through one another; and what a client needs that
 * routes do not say, servers and security (none: the API is open).
 */
const transformObject: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as Json & {
    paths?: Record<string, Record<string, Json>>;
    components?: Json & { schemas?: Record<string, unknown> };
  };
  const schemas = document.components?.schemas ?? {};

  const used = new Set<string>();
  let frontier = [...refsIn(document.paths)];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const name of frontier) {
      if (used.has(name)) continue;
      used.add(name);
      next.push(...refsIn(schemas[name]));
    }
    frontier = next;
  }
  const kept = Object.fromEntries(
    Object.keys(schemas)
      .filter((name) => used.has(name))
      .sort()
      .map((name) => [name, schemas[name]]),
  );

  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const parameter of (operation.parameters as Json[] | undefined) ?? []) {
        // A list parameter (`fields`) is written comma-separated; repeating it works too (see its description).
        if (parameter.in === 'query' && isObject(parameter.schema) && parameter.schema.type === 'array') {
          parameter.style = 'form';
          parameter.explode = false;
        }
      }
    }
  }

  const { openapi: version, info, paths, components, tags, ...rest } = document;
  const result = {
    openapi: version,
    info,
    servers: [{ url: '/', description: 'This service' }],
    security: [],
    tags,
    ...rest,
    paths,
    components: { ...components, schemas: kept },
  };
  dropSafeIntegerBounds(result.paths);
  dropSafeIntegerBounds(result.components);
  return result as ReturnType<SwaggerTransformObject>;
};

/** OpenAPI 3.1 generated from the routes' zod schemas, served at /openapi.json, with Swagger UI at /docs. */
async function openapi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'News coverage API', version: API_VERSION, description: API_DESCRIPTION },
      tags: TAGS,
    },
    transform,
    transformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapi, { name: 'openapi' });
