import swagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
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
  { name: 'quotations', description: 'What the articles quote, verbatim, and who said it.' },
  { name: 'sources', description: 'The outlets that published the articles.' },
  { name: 'meta', description: 'Service health and documentation.' },
];

declare module 'fastify' {
  interface FastifySchema {
    /** Per media type of the body (as `consumes` lists them), an example: the docs show it and "Try it out" sends it. */
    bodyExamples?: Record<string, unknown>;
  }
}

/** How a client proves it may write: the bearer key of `POST /v1/articles` (`INGEST_API_KEY`). */
export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description:
      'The ingest API key, the value of `INGEST_API_KEY` on the service, sent as `Authorization: Bearer <key>`. Only writes need it.',
  },
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The route's zod schemas to JSON Schema (fastify-type-provider-zod), keeping what that leaves out of responses
 * declared per media type: each media type's `examples` and the response's `headers`.
 */
const transform: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input);
  describeBody(input.schema, result.schema as Json | undefined);
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

/**
 * A body of several media types: the zod schema for JSON, a string for text types (`text/plain`, `text/html`: the
 * page itself), each with its example. `bodyExamples` is the docs' alone, left out of what the route compiles.
 */
function describeBody(declared: FastifySchema | undefined, transformed: Json | undefined): void {
  if (!transformed) return;
  const examples = declared?.bodyExamples;
  delete transformed.bodyExamples;
  const consumes = declared?.consumes;
  if (examples && typeof declared?.operationId === 'string') bodyExamples.set(declared.operationId, examples);
  if (!transformed.body || !Array.isArray(consumes)) return;
  const content: Record<string, { schema: Json }> = {};
  for (const mediaType of consumes) {
    const schema: Json = mediaType.startsWith('text/')
      ? { type: 'string', description: `The page itself, as ${mediaType}.` }
      : (transformed.body as Json);
    content[mediaType] = { schema };
  }
  transformed.body = { content };
}

/**
 * The body examples of each operation, by operationId: set on the document's request bodies once it is whole (a
 * schema that is a `$ref` keeps no example beside it on the way there).
 */
const bodyExamples = new Map<string, Record<string, unknown>>();

function addBodyExamples(operation: Json): void {
  const examples = typeof operation.operationId === 'string' ? bodyExamples.get(operation.operationId) : undefined;
  const content = isObject(operation.requestBody) ? operation.requestBody.content : undefined;
  if (!examples || !isObject(content)) return;
  for (const [mediaType, media] of Object.entries(content)) {
    if (isObject(media) && examples[mediaType] !== undefined) media.example = examples[mediaType];
  }
}

/**
 * A component the type provider names `XInput` (a schema used as input, here a request body) is named `X` when no
 * output schema takes that name: one name per schema in the document.
 */
function dropInputSuffixes(schemas: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(schemas)
      .filter((name) => name.endsWith('Input') && !(name.slice(0, -'Input'.length) in schemas))
      .map((name) => [name, name.slice(0, -'Input'.length)]),
  );
}

/** Every `$ref` to a renamed component, pointed at its new name. */
function renameRefs(node: unknown, renames: Record<string, string>): void {
  if (Array.isArray(node)) {
    for (const child of node) renameRefs(child, renames);
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      const name = typeof value === 'string' ? value.replace('#/components/schemas/', '') : undefined;
      if (key === '$ref' && name !== undefined && renames[name]) node.$ref = `#/components/schemas/${renames[name]}`;
      else renameRefs(value, renames);
    }
  }
}

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
 * routes do not say, servers and security (none by default: reads are open; the write route names its own).
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
  const renames = dropInputSuffixes(Object.fromEntries([...used].map((name) => [name, true])));
  const kept = Object.fromEntries(
    Object.keys(schemas)
      .filter((name) => used.has(name))
      .map((name) => [renames[name] ?? name, schemas[name]] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  renameRefs(document.paths, renames);
  renameRefs(kept, renames);

  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      addBodyExamples(operation);
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
      components: { securitySchemes: SECURITY_SCHEMES as never },
    },
    transform,
    transformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapi, { name: 'openapi' });
