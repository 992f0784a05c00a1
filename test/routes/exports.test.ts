// Every list as CSV and NDJSON: chosen by format or Accept, flattened as documented, streamed page by page.
import { join } from 'node:path';
import t from 'tap';
import { generate } from '../../bench/generate.ts';
import { buildApp } from '../../src/app.ts';
import { assertProblem, build, get, tempDir, walk } from '../helper.ts';

const LISTS = [
  '/v1/articles',
  '/v1/articles/putin-kim-sign-comprehensive-pact/mentions',
  '/v1/people',
  '/v1/entities',
  '/v1/events',
  '/v1/sources',
];

/** Parses CSV as RFC 4180 writes it: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

t.test('every list exports every item as NDJSON and CSV, the same items as the JSON pages', async (t) => {
  const app = await build(t);
  for (const url of LISTS) {
    const items = await walk<Record<string, unknown>>(app, url);
    const ndjson = await get(app, `${url}?format=ndjson`);
    t.equal(ndjson.statusCode, 200, url);
    t.match(ndjson.headers['content-type'], /^application\/x-ndjson/);
    const lines = ndjson.body.trimEnd().split('\n');
    t.same(
      lines.map((line) => JSON.parse(line)),
      items,
      `${url}: NDJSON is the list, one item per line`,
    );

    const csv = await app.inject({ method: 'GET', url, headers: { accept: 'text/csv' } });
    t.equal(csv.statusCode, 200, url);
    t.match(csv.headers['content-type'], /^text\/csv; charset=utf-8/);
    t.match(csv.headers['content-disposition'], /^attachment; filename="[a-z]+\.csv"$/);
    const rows = parseCsv(csv.body);
    const header = rows[0] ?? [];
    t.equal(rows.length - 1, items.length, `${url}: one row per item`);
    t.equal(header[0], 'id');
    t.same(
      rows.slice(1).map((r) => r[0]),
      items.map((i) => String(i.id)),
      `${url}: in the list's order`,
    );
  }
});

t.test('CSV flattens nested objects to dotted columns and writes arrays as JSON', async (t) => {
  const app = await build(t);
  const rows = parseCsv((await get(app, '/v1/articles?format=csv')).body);
  const header = rows[0] ?? [];
  for (const column of [
    'id',
    'title',
    'source.id',
    'source.name',
    'published.date',
    'published.precision',
    'topEntities',
  ])
    t.ok(header.includes(column), column);
  const items = (await get(app, '/v1/articles')).json().data as Record<string, unknown>[];
  const first = Object.fromEntries(header.map((h, i) => [h, rows[1]?.[i]]));
  const item = items[0] as { source: { id: string }; topEntities: unknown[] };
  t.equal(first['source.id'], item.source.id);
  t.same(JSON.parse(first.topEntities ?? 'null'), item.topEntities);

  const trimmed = parseCsv((await get(app, '/v1/articles?format=csv&fields=title,source')).body);
  t.same(trimmed[0], ['id', 'title', 'source.id', 'source.name'], 'fields choose the columns');
  const lines = (await get(app, '/v1/people?format=ndjson&fields=name')).body.trimEnd().split('\n');
  t.same(Object.keys(JSON.parse(lines[0] ?? '{}')), ['id', 'name'], 'and the NDJSON keys');
});

t.test('the same filters apply, a bad one is still a 400 before anything is sent', async (t) => {
  const app = await build(t);
  const lines = (await get(app, '/v1/articles?format=ndjson&source=newsman')).body.trimEnd().split('\n');
  t.same(
    lines.map((l) => JSON.parse(l).source.id),
    ['newsman'],
  );
  assertProblem(t, await get(app, '/v1/articles?format=csv&person=nobody'), 400, 'querystring.person');
  assertProblem(t, await get(app, '/v1/articles?format=xml'), 400, 'querystring.format');
});

t.test('an export of many pages streams them all, in order, each item once', async (t) => {
  const path = join(tempDir(t), 'many.db');
  await generate(450, 7, path);
  const app = await buildApp({ databasePath: path, config: { READ_THREADS: 1 } });
  t.teardown(() => app.close());
  const res = await get(app, '/v1/articles?format=ndjson');
  t.equal(res.statusCode, 200);
  t.equal(res.headers['transfer-encoding'], 'chunked', 'streamed, not buffered whole');
  const ids = res.body
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line).id as string);
  t.equal(ids.length, 450, 'every article over five pages');
  t.equal(new Set(ids).size, 450, 'each once');
  const csv = parseCsv((await get(app, '/v1/articles?format=csv&sort=publishedAt')).body);
  t.equal(csv.length, 451);
});
