// `fields` on every list: each item keeps only the named fields and its id; bad names are a 400 naming the choices.
import t from 'tap';
import { assertProblem, build, get, getJson, type ListBody, list, walk, withParam } from '../helper.ts';

type Item = Record<string, unknown> & { id: string | number };

const LISTS = [
  { url: '/v1/articles', fields: ['title', 'published'], all: ['title', 'source', 'published', 'topEntities'] },
  { url: '/v1/people', fields: ['name', 'mentionCount'], all: ['name', 'aliases', 'mentionCount', 'articleCount'] },
  { url: '/v1/entities', fields: ['type'], all: ['name', 'type', 'aliases', 'description'] },
  { url: '/v1/events', fields: ['title', 'date', 'precision'], all: ['title', 'date', 'participants', 'disputed'] },
  { url: '/v1/sources', fields: ['name'], all: ['name', 'homepage', 'articleCount', 'languages'] },
  {
    url: '/v1/articles/putin-kim-sign-comprehensive-pact/mentions',
    fields: ['surface', 'start', 'end'],
    all: ['entity', 'start', 'end', 'surface', 'context'],
  },
];

t.test('fields trims every item to the fields named, id first, and changes nothing else', async (t) => {
  const app = await build(t);
  for (const { url, fields, all } of LISTS) {
    const full = await list<Item>(app, url);
    for (const name of all)
      t.ok(
        full.data.every((item) => name in item),
        `${url}: ${name} present by default`,
      );

    const commas = withParam(url, 'fields', fields.join(','));
    const repeated = fields.reduce((u, field) => withParam(u, 'fields', field), url);
    for (const query of [commas, repeated]) {
      const trimmed = await list<Item>(app, query);
      t.same(
        trimmed.data,
        full.data.map((item) => Object.fromEntries(['id', ...fields].map((name) => [name, item[name]]))),
        `${query}: the same items, only id and ${fields.join(', ')}`,
      );
      t.same(
        trimmed.data.map((item) => Object.keys(item)),
        full.data.map((item) => Object.keys(item).filter((name) => name === 'id' || fields.includes(name))),
        `${query}: the fields in the order of the full item`,
      );
      t.equal(trimmed.nextCursor, full.nextCursor, `${query}: the same cursor`);
    }
  }
});

t.test('fields=id answers ids alone; a repeated name counts once', async (t) => {
  const app = await build(t);
  const ids = await list<Item>(app, '/v1/people?fields=id,name,name');
  t.ok(ids.data.every((item) => Object.keys(item).join() === 'id,name'));
  const bare = await list<Item>(app, '/v1/events?fields=id');
  t.ok(bare.data.length > 0 && bare.data.every((item) => Object.keys(item).join() === 'id'));
});

t.test('a walk with fields sees every row once, and fields may change between pages', async (t) => {
  const app = await build(t);
  const plain = await walk(app, '/v1/events', 4);
  const trimmed = await walk<Item>(app, '/v1/events?fields=date', 4);
  t.same(
    trimmed.map((item) => item.id),
    plain.map((item) => item.id),
  );
  const first = await list<Item>(app, '/v1/events?fields=date&limit=3');
  const second = await getJson<ListBody<Item>>(
    app,
    `/v1/events?fields=title&limit=3&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
  );
  t.same(
    second.data.map((item) => item.id),
    plain.slice(3, 6).map((item) => item.id),
    'the cursor is not bound to fields',
  );
  t.ok(second.data.every((item) => Object.keys(item).join() === 'id,title'));
});

t.test('match is a field: with q it carries the snippet, without q there is none to give', async (t) => {
  const app = await build(t);
  const hits = await list<Item>(app, '/v1/articles?q=treaty&fields=match');
  t.ok(hits.data.length > 0);
  for (const item of hits.data) t.match(item, { match: { snippet: String, snippetHtml: String } });
  const plain = await list<Item>(app, '/v1/articles?fields=match');
  t.ok(plain.data.every((item) => Object.keys(item).join() === 'id'));
});

t.test('a field the item does not have, or none at all, is a 400 that lists the choices', async (t) => {
  const app = await build(t);
  for (const url of [
    '/v1/articles?fields=body',
    '/v1/articles?fields=title,nope',
    '/v1/people?fields=type',
    '/v1/events?fields=',
    '/v1/sources?fields=,,',
    `/v1/entities?${Array.from({ length: 21 }, () => 'fields=name').join('&')}`,
  ]) {
    const body = assertProblem(t, await get(app, url), 400, 'querystring.fields');
    if (!url.includes('&fields=')) t.match(body.detail, /choose from id, /, `${url}: the choices`);
  }
  const detail = assertProblem(t, await get(app, '/v1/articles?fields=body'), 400, 'querystring.fields').detail;
  t.match(detail, 'has no field "body"; choose from id, title, source, language, published, wordCount, topEntities');
});
