// The document's examples are real: every path-parameter example resolves, 200 examples are (cut-down) answers of the corpus, and 400, 404 and 406 examples are the service's own answers.
import type { FastifyInstance } from 'fastify';
import t from 'tap';
import { build, walk } from '../helper.ts';

interface Media {
  schema?: { $ref?: string };
  examples?: Record<string, { summary: string; value: Record<string, unknown> }>;
}

interface Operation {
  operationId: string;
  parameters?: { in: string; name: string; example?: string | number }[];
  responses: Record<string, { content?: Record<string, Media> }>;
}

interface Document {
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, { example?: unknown }> };
}

/**
 * Where `example` departs from `actual`, as messages naming the path. An example may cut an answer short: a string
 * may leave out stretches marked `…` (each piece it keeps occurs in order), and an array may keep only some of the
 * items, in order. Everything else is equal, and an object has exactly the keys of the answer.
 */
function departures(example: unknown, actual: unknown, at = '$'): string[] {
  if (typeof example === 'string' && typeof actual === 'string') {
    if (example === actual) return [];
    if (!example.includes('…')) return [`${at}: "${example}" is not "${actual}"`];
    let from = 0;
    for (const piece of example.split('…')) {
      const found = actual.indexOf(piece, from);
      if (found === -1) return [`${at}: "${piece}" is not in "${actual}" (after position ${from})`];
      from = found + piece.length;
    }
    return [];
  }
  if (Array.isArray(example) && Array.isArray(actual)) {
    let from = 0;
    const problems: string[] = [];
    for (const [i, item] of example.entries()) {
      const found = actual.findIndex((candidate, j) => j >= from && departures(item, candidate).length === 0);
      if (found === -1) {
        problems.push(`${at}[${i}]: no item of the answer matches ${JSON.stringify(item).slice(0, 200)}`);
        problems.push(...departures(item, actual[from], `${at}[${i}]`).slice(0, 3));
      } else {
        from = found + 1;
      }
    }
    return problems;
  }
  if (typeof example === 'object' && example !== null && typeof actual === 'object' && actual !== null) {
    const problems: string[] = [];
    const keys = new Set([...Object.keys(example), ...Object.keys(actual)]);
    for (const key of keys) {
      if (!(key in example)) problems.push(`${at}.${key}: in the answer, not in the example`);
      else if (!(key in actual)) problems.push(`${at}.${key}: in the example, not in the answer`);
      else
        problems.push(
          ...departures(
            (example as Record<string, unknown>)[key],
            (actual as Record<string, unknown>)[key],
            `${at}.${key}`,
          ),
        );
    }
    return problems;
  }
  return Object.is(example, actual) ? [] : [`${at}: ${JSON.stringify(example)} is not ${JSON.stringify(actual)}`];
}

const componentExample = (doc: Document, media: Media | undefined) => {
  const name = media?.schema?.$ref?.replace('#/components/schemas/', '');
  return name ? doc.components.schemas[name]?.example : undefined;
};

/** The path of an operation with its documented path-parameter examples filled in. */
function examplePath(template: string, operation: Operation): string {
  let path = template;
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'path')
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(parameter.example ?? '')));
  }
  return path;
}

async function everyItem(app: FastifyInstance, path: string): Promise<unknown[]> {
  return walk(app, path, 100);
}

t.test('the examples of the document', async (t) => {
  // No load shedding: seeding the database just before holds the event loop longer than its threshold.
  const app = await build(t, { MAX_EVENT_LOOP_DELAY_MS: 0 });
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as Document;
  const operations = Object.entries(doc.paths).map(([template, item]) => ({ template, operation: item.get }));

  t.test('every path parameter has an example, and the example path answers 200', async (t) => {
    for (const { template, operation } of operations) {
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
      if (pathParams.length === 0) continue;
      for (const p of pathParams) {
        // Ids are readable strings, but a quotation's, which is a whole number.
        t.ok(
          typeof p.example === 'string' || Number.isInteger(p.example),
          `${operation.operationId}: {${p.name}} has an example`,
        );
      }
      const path = examplePath(template, operation);
      const res = await app.inject({ method: 'GET', url: path });
      t.equal(res.statusCode, 200, `${operation.operationId}: GET ${path} answers 200`, {
        body: res.body.slice(0, 500),
      });
    }
  });

  t.test('every 200 example is an answer of the corpus, possibly cut short', async (t) => {
    for (const { template, operation } of operations) {
      const path = examplePath(template, operation);
      const content = operation.responses['200']?.content ?? {};
      const json = componentExample(doc, content['application/json']);
      t.ok(json !== undefined, `${operation.operationId}: the 200 has an example`);
      const isList = 'application/x-ndjson' in content;
      if (!isList) {
        const actual = (await app.inject({ method: 'GET', url: path })).json();
        t.same(departures(json, actual), [], `${operation.operationId}: the example is GET ${path}`);
        continue;
      }
      const all = await everyItem(app, path);
      t.same(
        departures(json, { data: all, nextCursor: null }),
        [],
        `${operation.operationId}: the example's items are items of GET ${path}`,
      );
      const sparse = componentExample(doc, content['application/vnd.news-coverage.sparse+json']) as
        | { data: Record<string, unknown>[] }
        | undefined;
      t.ok(sparse, `${operation.operationId}: the sparse page has an example`);
      const fields = Object.keys(sparse?.data[0] ?? {}).filter((name) => name !== 'id');
      const trimmed = await everyItem(app, `${path}?fields=${fields.join(',')}`);
      t.same(
        departures(sparse, { data: trimmed, nextCursor: null }),
        [],
        `${operation.operationId}: the sparse example's items are items of GET ${path}?fields=${fields.join(',')}`,
      );
    }
  });

  t.test('every 400, 404 and 406 example is what the service answers', async (t) => {
    for (const { operation } of operations) {
      for (const status of ['400', '404', '406']) {
        const media = operation.responses[status]?.content?.['application/problem+json'];
        if (!media) continue;
        const examples = Object.entries(media.examples ?? {});
        t.ok(examples.length > 0, `${operation.operationId}: the ${status} has examples`);
        for (const [key, { value }] of examples) {
          const url = String(value.instance);
          const res = await app.inject({
            method: 'GET',
            url,
            headers: status === '406' ? { accept: 'application/xml' } : {},
          });
          t.equal(res.statusCode, Number(status), `${operation.operationId} ${status} ${key}: GET ${url}`);
          t.same(res.json(), value, `${operation.operationId} ${status} ${key}: the body is the example`);
        }
      }
    }
  });
});
