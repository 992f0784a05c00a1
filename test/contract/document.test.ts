// The shape of the contract: operation ids, clean components, problem+json errors with the codes each route can give, list media types, typed parameters.
import t from 'tap';
import { parse } from 'yaml';
import { renderOpenapi } from '../../scripts/openapi.ts';

interface Schema {
  $ref?: string;
  $id?: string;
  type?: string | string[];
  enum?: string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
}

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema: Schema;
  style?: string;
  explode?: boolean;
  example?: unknown;
  examples?: unknown;
  description?: string;
}

interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: Schema; examples?: Record<string, unknown> }>;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, Response>;
}

interface Document {
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const OPERATION_IDS = {
  'get /health': 'getHealth',
  'get /v1/articles': 'listArticles',
  'post /v1/articles': 'ingestArticle',
  'get /v1/articles/{id}': 'getArticle',
  'get /v1/articles/{id}/mentions': 'listArticleMentions',
  'get /v1/people': 'listPeople',
  'get /v1/people/{id}': 'getPerson',
  'get /v1/entities': 'listEntities',
  'get /v1/entities/{id}': 'getEntity',
  'get /v1/events': 'listEvents',
  'get /v1/events/{id}': 'getEvent',
  'get /v1/quotations': 'listQuotations',
  'get /v1/quotations/{id}': 'getQuotation',
  'get /v1/sources': 'listSources',
  'get /v1/sources/{id}': 'getSource',
};

/** The list routes and the name of their list schema. */
const LISTS: Record<string, string> = {
  '/v1/articles': 'ArticleList',
  '/v1/articles/{id}/mentions': 'MentionList',
  '/v1/people': 'PersonList',
  '/v1/entities': 'EntityList',
  '/v1/events': 'EventList',
  '/v1/quotations': 'QuotationList',
  '/v1/sources': 'SourceList',
};

const SPARSE = 'application/vnd.news-coverage.sparse+json';

const refName = (schema: Schema | undefined) => schema?.$ref?.replace('#/components/schemas/', '');

t.test('the OpenAPI document', async (t) => {
  const doc = parse(await renderOpenapi()) as Document;
  const schemas = doc.components.schemas;
  const operations = Object.entries(doc.paths).map(([path, item]) => {
    t.same(Object.keys(item), path === '/v1/articles' ? ['get', 'post'] : ['get'], `${path}: GET only, but ingest`);
    return { path, operation: item.get as Operation };
  });
  const ingest = doc.paths['/v1/articles']?.post as Operation & {
    security?: unknown;
    requestBody?: { required?: boolean; content: Record<string, { schema: Schema; example?: unknown }> };
  };

  t.test('operation ids', async (t) => {
    const ids = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => [`${method} ${path}`, operation.operationId]),
    );
    t.same(Object.fromEntries(ids), OPERATION_IDS);
  });

  t.test(
    'ingest: three body media types with examples, 201 and 200 with Location, its errors, bearer auth',
    async (t) => {
      const content = ingest.requestBody?.content ?? {};
      t.equal(ingest.requestBody?.required, true);
      t.same(Object.keys(content), ['application/json', 'text/plain', 'text/html']);
      t.equal(refName(content['application/json']?.schema), 'PageSubmission');
      for (const type of ['text/plain', 'text/html']) t.equal(content[type]?.schema.type, 'string', type);
      for (const [type, media] of Object.entries(content)) t.ok(media.example, `${type} has an example`);
      t.same(Object.keys(ingest.responses), [
        '200',
        '201',
        '400',
        '401',
        '403',
        '413',
        '415',
        '422',
        '429',
        '500',
        '503',
      ]);
      for (const status of ['200', '201']) {
        t.equal(refName(ingest.responses[status]?.content?.['application/json']?.schema), 'IngestedArticle');
        t.ok(ingest.responses[status]?.headers?.Location, `${status}: Location`);
      }
      for (const [status, response] of Object.entries(ingest.responses)) {
        if (status.startsWith('2')) continue;
        const media = response.content?.['application/problem+json'];
        t.equal(refName(media?.schema), 'Problem', `${status}: a Problem`);
        t.ok(Object.keys(media?.examples ?? {}).length > 0, `${status}: examples`);
      }
      t.ok(ingest.responses['401']?.headers?.['WWW-Authenticate'], '401: WWW-Authenticate');
      t.same(ingest.security, [{ bearerAuth: [] }], 'the key is asked of this operation');
      const document = doc as unknown as {
        security: unknown;
        components: { securitySchemes?: Record<string, unknown> };
      };
      t.match(document.components.securitySchemes, { bearerAuth: { type: 'http', scheme: 'bearer' } });
      t.same(document.security, [], 'and of no other');
    },
  );

  t.test('components: named once, without $id, each one used', async (t) => {
    const names = Object.keys(schemas);
    t.same(
      names.filter((name) => name.endsWith('Input')),
      [],
      'no input duplicates',
    );
    t.same(
      names.filter((name) => JSON.stringify(schemas[name]).includes('"$id"')),
      [],
      'no $id',
    );
    const text = JSON.stringify({ paths: doc.paths, components: doc.components });
    for (const name of names) t.ok(text.includes(`"#/components/schemas/${name}"`), `${name} is referenced`);
  });

  t.test('errors: problem+json, the codes each route can give, with examples', async (t) => {
    for (const { path, operation } of operations) {
      const hasId = path.includes('{id}');
      const isList = path in LISTS;
      const expected = [
        '200',
        '400',
        ...(hasId ? ['404'] : []),
        ...(isList ? ['406'] : []),
        ...(path === '/health' ? [] : ['429']),
        '500',
        '503',
      ];
      t.same(Object.keys(operation.responses), expected, `${operation.operationId}: ${expected.join(', ')}`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status === '200') continue;
        t.same(Object.keys(response.content ?? {}), ['application/problem+json'], `${operation.operationId} ${status}`);
        const media = response.content?.['application/problem+json'];
        t.equal(refName(media?.schema), 'Problem', `${operation.operationId} ${status}: the Problem schema`);
        t.ok(Object.keys(media?.examples ?? {}).length > 0, `${operation.operationId} ${status}: examples`);
        if (status === '429' || status === '503') {
          t.ok(response.headers?.['Retry-After'], `${operation.operationId} ${status}: Retry-After`);
        }
      }
    }
  });

  t.test('lists: JSON page, sparse page, CSV and NDJSON', async (t) => {
    for (const [path, list] of Object.entries(LISTS)) {
      const operation = doc.paths[path]?.get as Operation;
      const content = operation.responses['200']?.content ?? {};
      t.same(Object.keys(content), ['application/json', SPARSE, 'text/csv', 'application/x-ndjson'], path);
      t.equal(refName(content['application/json']?.schema), list);
      t.equal(refName(content[SPARSE]?.schema), `${list}Sparse`);
      t.equal(content['text/csv']?.schema.type, 'string');

      const item = refName(schemas[list]?.properties?.data?.items) as string;
      t.equal(refName(content['application/x-ndjson']?.schema), item, `${path}: NDJSON lines are ${item}`);
      const fields = Object.keys(schemas[item]?.properties ?? {});
      t.same(
        schemas[item]?.required,
        fields.filter((name) => name !== 'match'),
        `${item}: every field required${fields.includes('match') ? ' but match' : ''}`,
      );
      t.same(schemas[`${list}Sparse`]?.properties?.data?.items?.required, ['id'], `${list}Sparse: only id required`);

      const parameters = Object.fromEntries((operation.parameters ?? []).map((p) => [p.name, p]));
      t.match(parameters.format?.schema, { type: 'string', enum: ['json', 'csv', 'ndjson'] }, `${path}: format`);
      t.equal(parameters.includeTotal?.schema.type, 'boolean', `${path}: includeTotal is a boolean`);
      const fieldsParam = parameters.fields;
      t.match(fieldsParam, { style: 'form', explode: false, schema: { type: 'array', items: { enum: fields } } });
      t.notOk(
        fieldsParam?.example ?? fieldsParam?.examples ?? fieldsParam?.schema.example,
        `${path}: fields has no example`,
      );
      t.match(fieldsParam?.description, SPARSE, `${path}: fields says its answer is the sparse media type`);
    }
    const disputed = doc.paths['/v1/events']?.get?.parameters?.find((p) => p.name === 'disputed');
    t.equal(disputed?.schema.type, 'boolean', 'disputed is a boolean');
  });

  t.test('servers: the service itself', async (t) => {
    t.same(doc.servers, [{ url: '/', description: 'This service' }]);
  });
});
