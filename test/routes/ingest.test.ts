// POST /v1/articles: a page as text, HTML or JSON becomes a linked, searchable article in one transaction, behind the ingest key; bad input writes nothing.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import t from 'tap';
import type { Db } from '../../src/db/client.ts';
import { MAX_PAGE_BYTES } from '../../src/ingest/submission.ts';
import { assertProblem, build, buildInline, getJson, INGEST_KEY, list, postPage, rowCounts } from '../helper.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

interface Article {
  id: string;
  title: string | null;
  language: string;
  source: { id: string; name: string | null };
  published: {
    date: string;
    precision: string;
    basis: string;
    note: string | null;
    time: string | null;
    timezone: string | null;
  } | null;
  origin: string;
  url: string | null;
  ingestedAt: string | null;
  body: string;
  rawText: string;
  entities: { id: string; mentionCount: number }[];
  ingest: {
    extractor: string;
    dropped: { lineNumber: number; reason: string }[];
    mentions: { count: number; entities: { id: string; mentionCount: number }[] };
    inferred: Record<
      'title' | 'language' | 'published' | 'outlet',
      { value: unknown; basis: string | null; source: string | null }
    >;
    normalization: { kind: string; count: number }[];
    warnings: string[];
  } | null;
}

const PUTIN_KIM = [
  'Putin and Kim pledge closer ties at Pyongyang summit',
  '',
  'Russian President Vladimir Putin and North Korean leader Kim Jong Un pledged on Wednesday to deepen ties between their countries, at a summit in Pyongyang that lasted most of the day.',
  '',
  'Kim Jong Un called the talks the start of a new era, and Putin thanked his host for a warm welcome before the two leaders signed several agreements.',
  '',
].join('\n');

/** The ingest key set, and no load shedding: seeding the database just before holds the event loop past its limit. */
const WRITES = { INGEST_API_KEY: INGEST_KEY, MAX_EVENT_LOOP_DELAY_MS: 0 };

const writer = (app: FastifyInstance): Db => {
  if (!app.writer) throw new Error('the app has no writer');
  return app.writer;
};

t.test('every media type', async (t) => {
  const app = await build(t, WRITES);

  t.test('text/plain, as scraped: CRLF line ends and HTML entities are normalised and reported', async (t) => {
    const page = [
      'Trams return to the harbour line after repairs',
      '',
      'Trams ran again on the harbour line on Monday morning, three weeks after a storm damaged the overhead wires near the ferry terminal.',
      '',
      'The operator said the first tram left the depot at 5.40am &amp; that the timetable would be back to normal by the weekend.',
      '',
    ].join('\r\n');
    const res = await postPage(app, page, {
      url: '/v1/articles?url=https://www.harbourtimes.example/news/trams-return',
    });
    t.equal(res.statusCode, 201, res.body);
    const article = res.json() as Article;
    t.equal(res.headers.location, `/v1/articles/${article.id}`);
    t.equal(article.title, 'Trams return to the harbour line after repairs');
    t.equal(article.rawText, page, 'the raw page is kept exactly as sent');
    t.notOk(article.body.includes('\r'), 'no carriage return in the body');
    t.match(article.body, 'depot at 5.40am & that', 'entities decoded');
    t.equal(article.origin, 'ingest');
    t.equal(article.url, 'https://www.harbourtimes.example/news/trams-return', 'the url of the query');
    t.match(article.ingestedAt, /^\d{4}-\d{2}-\d{2}T/);
    const kinds = article.ingest?.normalization.map((n) => n.kind);
    t.ok(kinds?.includes('line-endings'), 'the report says the line endings changed');
    t.ok(kinds?.includes('html-entities'), 'and that entities were decoded');
    t.equal(article.ingest?.extractor, 'text');
    t.same(
      article.ingest?.dropped.map((d) => d.reason),
      ['title'],
      'the headline line is dropped as the title',
    );
    t.equal(
      (article.ingest?.inferred.outlet as { host?: string } | undefined)?.host,
      'harbourtimes.example',
      'the outlet by its host',
    );

    const stored = await getJson<Omit<Article, 'ingest'>>(app, `/v1/articles/${article.id}`);
    const { ingest: _report, ...detail } = article;
    t.same(stored, detail, 'the answer is the article as GET /v1/articles/{id} answers it, with the report');
  });

  t.test('text/plain in another charset', async (t) => {
    const page =
      'Fête de la musique à Lyon\n\nLa fête a réuni des milliers de personnes sur les quais du Rhône samedi soir, selon la mairie, qui a salué une édition réussie.\n';
    const res = await postPage(app, Buffer.from(page, 'latin1'), { type: 'text/plain; charset=ISO-8859-1' });
    t.equal(res.statusCode, 201, res.body);
    t.equal((res.json() as Article).rawText, page, 'decoded as Latin-1');
  });

  t.test('text/html: extracted with Readability, its metadata read', async (t) => {
    const res = await postPage(app, fixture('en-ferry-resumes.html'), {
      type: 'text/html; charset=utf-8',
      url: '/v1/articles?url=https://www.coastalherald.co.uk/news/island-ferry-resumes',
    });
    t.equal(res.statusCode, 201, res.body);
    const article = res.json() as Article;
    t.equal(article.title, 'Island ferry service resumes after storm repairs');
    t.equal(article.language, 'en');
    t.match(article.published, {
      date: '2024-03-05',
      precision: 'time',
      time: '07:30',
      timezone: 'UTC',
      basis: 'stated',
    });
    t.equal(article.source.name, 'Coastal Herald');
    t.equal(article.ingest?.extractor, 'readability');
    t.equal(article.ingest?.inferred.title.basis, 'stated', 'the title is the page’s own');
  });

  t.test('application/json: what the client states wins over inference, marked as stated by the client', async (t) => {
    const body = {
      content: PUTIN_KIM.replace('closer ties', 'deeper ties'),
      url: 'https://news.example.org/world/summit',
      source: 'Example Wire',
      title: 'Summit in Pyongyang',
      language: 'EN',
      published: '2024-06-19T15:40+09:00',
    };
    const res = await postPage(app, JSON.stringify(body), { type: 'application/json' });
    t.equal(res.statusCode, 201, res.body);
    const article = res.json() as Article;
    t.equal(article.title, 'Summit in Pyongyang');
    t.equal(article.language, 'en');
    t.equal(article.source.name, 'Example Wire');
    t.equal(article.url, body.url);
    t.match(article.published, {
      date: '2024-06-19',
      precision: 'time',
      time: '15:40',
      timezone: '+09:00',
      basis: 'stated',
    });
    for (const field of ['title', 'language', 'published', 'outlet'] as const) {
      t.match(
        article.ingest?.inferred[field],
        { basis: 'stated', source: 'the client' },
        `${field}: stated by the client`,
      );
    }
  });
});

t.test('the ingest key', async (t) => {
  const page = PUTIN_KIM;

  t.test('none configured: every write is refused, 403, and no writer connection is opened', async (t) => {
    const app = await build(t, { MAX_EVENT_LOOP_DELAY_MS: 0 });
    const body = assertProblem(t, await postPage(app, page), 403);
    t.match(body.detail, 'no INGEST_API_KEY set');
    t.equal(app.writer, null);

    // Given a connection (as scripts and inline tests build it), still no write without a key.
    const inline = await buildInline(t);
    const before = rowCounts(inline.db);
    assertProblem(t, await postPage(inline, page), 403);
    t.same(rowCounts(inline.db), before);
  });

  const app = await build(t, WRITES);
  const before = rowCounts(writer(app));
  for (const [label, key] of [
    ['missing', null],
    ['wrong', 'not-the-ingest-key-at-all'],
    ['a prefix of it', INGEST_KEY.slice(0, -1)],
  ] as const) {
    t.test(`${label}: 401 with WWW-Authenticate: Bearer`, async (t) => {
      const res = await postPage(app, page, { key });
      assertProblem(t, res, 401);
      t.match(res.headers['www-authenticate'], /^Bearer realm="ingest"/);
    });
  }
  t.test('another scheme: 401', async (t) => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/articles',
      headers: {
        'content-type': 'text/plain',
        authorization: `Basic ${Buffer.from(`x:${INGEST_KEY}`).toString('base64')}`,
      },
      payload: page,
    });
    assertProblem(t, res, 401);
  });
  t.test('nothing was written', async (t) => {
    t.same(rowCounts(writer(app)), before);
  });
  t.test('the right key: 201', async (t) => {
    t.equal((await postPage(app, page)).statusCode, 201);
  });
});

t.test('the same page again: 200, the same article, nothing changed', async (t) => {
  const app = await build(t, WRITES);
  const first = await postPage(app, PUTIN_KIM);
  t.equal(first.statusCode, 201);
  const counts = rowCounts(writer(app));
  const again = await postPage(app, PUTIN_KIM);
  t.equal(again.statusCode, 200);
  t.equal(again.headers.location, first.headers.location);
  t.same(again.json(), first.json(), 'the same article and its stored report');
  t.same(rowCounts(writer(app)), counts, 'no row added or changed');
  t.notOk(again.headers.etag, 'no ETag on a write');
  t.equal(again.headers['cache-control'], 'no-store');
  t.equal(first.headers['cache-control'], 'no-store');
  const asHtml = await postPage(app, PUTIN_KIM, { type: 'text/html' });
  t.not(asHtml.statusCode, 200, 'the same bytes as another media type are another page');
});

t.test('bad input: a 4xx problem that says what is wrong, and nothing written', async (t) => {
  const app = await build(t, WRITES);
  const before = rowCounts(writer(app));
  const cases: {
    label: string;
    payload: string | Buffer;
    type?: string;
    url?: string;
    status: number;
    param?: string;
    detail?: RegExp;
  }[] = [
    { label: 'an empty page', payload: '', status: 400, param: 'body.content' },
    { label: 'a page of whitespace', payload: ' \r\n\t\n ', status: 400, param: 'body.content' },
    {
      label: 'malformed JSON',
      payload: '{"content": "x",',
      type: 'application/json',
      status: 400,
      detail: /not valid JSON/,
    },
    { label: 'an empty JSON body', payload: '', type: 'application/json', status: 400, detail: /empty/ },
    { label: 'JSON that is not an object', payload: '"a page"', type: 'application/json', status: 400, param: 'body' },
    {
      label: 'JSON failing the schema',
      payload: JSON.stringify({ content: 'A page.', url: 'ftp://x.example/', language: 'english', extra: 1 }),
      type: 'application/json',
      status: 400,
    },
    {
      label: 'a JSON page of whitespace',
      payload: '{"content":"   "}',
      type: 'application/json',
      status: 400,
      param: 'body.content',
    },
    {
      label: 'bytes that are not UTF-8',
      payload: Buffer.from([0x50, 0x75, 0xff, 0xfe, 0x00, 0x81]),
      status: 400,
      detail: /not valid UTF-8/,
    },
    { label: 'NUL characters', payload: `${PUTIN_KIM}\u0000\u0000`, status: 422, detail: /NUL/ },
    {
      label: 'a page with no story text',
      payload: 'Home\nNews\nSport\n',
      status: 422,
      detail: /no line of the page reads as story text/,
    },
    {
      label: 'an unsupported media type',
      payload: '%PDF-1.7',
      type: 'application/pdf',
      status: 415,
      detail: /application\/json, text\/plain, text\/html/,
    },
    {
      label: 'a charset no one knows',
      payload: 'x',
      type: 'text/plain; charset=klingon',
      status: 415,
      detail: /klingon/,
    },
    {
      label: 'a page over the size limit',
      payload: 'a'.repeat(MAX_PAGE_BYTES + 1),
      status: 413,
      detail: new RegExp(String(MAX_PAGE_BYTES)),
    },
    {
      label: 'an unknown query parameter',
      payload: PUTIN_KIM,
      url: '/v1/articles?ur=https://x.example/',
      status: 400,
      param: 'querystring.ur',
    },
    {
      label: 'a url that is not one',
      payload: PUTIN_KIM,
      url: '/v1/articles?url=not-a-url',
      status: 400,
      param: 'querystring.url',
    },
    {
      label: 'a query field beside a JSON body',
      payload: JSON.stringify({ content: PUTIN_KIM }),
      type: 'application/json',
      url: '/v1/articles?title=Other',
      status: 400,
      param: 'querystring.title',
    },
    {
      label: 'a published date that is not one',
      payload: PUTIN_KIM,
      url: '/v1/articles?published=2024-13-45',
      status: 422,
      detail: /published/,
    },
  ];
  for (const c of cases) {
    t.test(c.label, async (t) => {
      const res = await postPage(app, c.payload, {
        ...(c.type ? { type: c.type } : {}),
        ...(c.url ? { url: c.url } : {}),
      });
      const body = assertProblem(t, res, c.status, c.param);
      if (c.detail) t.match(body.detail, c.detail);
      if (c.label === 'JSON failing the schema') {
        t.same(
          body.invalidParams?.map((p) => p.name).sort(),
          ['body', 'body.language', 'body.url'],
          'each field named, under body.',
        );
      }
      t.same(rowCounts(writer(app)), before, 'nothing written');
    });
  }
});

t.test(
  'pages in five languages: the right language and title, searchable at once, through the read threads',
  async (t) => {
    const app = await build(t, { ...WRITES, READ_THREADS: 2 });
    for (const file of [
      'en-garden-award.txt',
      'fr-festival-jazz.html',
      'es-mosaico-cadiz.txt',
      'de-stadtbad.html',
      'ru-teatr.txt',
    ]) {
      t.test(file, async (t) => {
        const expected = JSON.parse(fixture(file.replace(/\.(txt|html)$/, '.expected.json'))) as {
          contentType: string;
          url?: string;
          title: string;
          language: string;
        };
        const res = await postPage(app, fixture(file), {
          type: expected.contentType,
          ...(expected.url ? { url: `/v1/articles?url=${encodeURIComponent(expected.url)}` } : {}),
        });
        t.equal(res.statusCode, 201, res.body.slice(0, 500));
        const article = res.json() as Article;
        t.equal(article.language, expected.language);
        t.equal(article.title, expected.title);
        // The two longest words of the title, as a search.
        const words = (expected.title.match(/\p{L}+/gu) ?? []).toSorted((a, b) => b.length - a.length).slice(0, 2);
        const q = encodeURIComponent(words.join(' ').toLowerCase());
        const hits = await list(app, `/v1/articles?q=${q}`);
        t.ok(
          hits.data.some((hit) => hit.id === article.id),
          `GET /v1/articles?q=${decodeURIComponent(q)} finds it`,
        );
        const byLanguage = await list(app, `/v1/articles?language=${expected.language}`);
        t.ok(
          byLanguage.data.some((item) => item.id === article.id),
          `and language=${expected.language} lists it`,
        );
      });
    }
  },
);

t.test('the people a page names are linked, and their counts go up', async (t) => {
  const app = await build(t, WRITES);
  const person = (id: string) => getJson<{ articleCount: number; mentionCount: number }>(app, `/v1/people/${id}`);
  const putin = await person('vladimir-putin');
  const kim = await person('kim-jong-un');
  const res = await postPage(app, PUTIN_KIM);
  t.equal(res.statusCode, 201);
  const article = res.json() as Article;
  const counts = Object.fromEntries(article.entities.map((e) => [e.id, e.mentionCount]));
  t.equal(counts['vladimir-putin'], 2, 'Putin: "Vladimir Putin" and "Putin"');
  t.equal(counts['kim-jong-un'], 2, 'Kim Jong Un, twice');
  t.same(
    article.ingest?.mentions.entities
      .map((e) => e.id)
      .slice(0, 2)
      .sort(),
    ['kim-jong-un', 'vladimir-putin'],
  );

  const mentions = await list<{ entity: { id: string }; surface: string }>(
    app,
    `/v1/articles/${article.id}/mentions?limit=100`,
  );
  t.same(
    mentions.data.filter((m) => m.entity.id === 'vladimir-putin').map((m) => m.surface),
    ['Vladimir Putin', 'Putin'],
  );
  t.match(await person('vladimir-putin'), {
    articleCount: putin.articleCount + 1,
    mentionCount: putin.mentionCount + 2,
  });
  t.match(await person('kim-jong-un'), { articleCount: kim.articleCount + 1, mentionCount: kim.mentionCount + 2 });

  const listed = await list<{ id: string; topEntities: { id: string }[] }>(
    app,
    '/v1/articles?person=vladimir-putin&limit=100',
  );
  const item = listed.data.find((i) => i.id === article.id);
  t.ok(item, 'listed under person=vladimir-putin');
  t.ok(
    item?.topEntities.some((e) => e.id === 'kim-jong-un'),
    'with its top entities',
  );
  const people = await list(app, `/v1/people?article=${article.id}`);
  t.same(people.data.map((p) => p.id).sort(), ['kim-jong-un', 'vladimir-putin']);
});

t.test('writes are rate-limited by RATE_LIMIT_WRITES, reads are not counted with them', async (t) => {
  const app = await build(t, { ...WRITES, RATE_LIMIT_WRITES: 2 });
  const first = await postPage(app, PUTIN_KIM);
  t.equal(first.headers['ratelimit-limit'], '2');
  await postPage(app, PUTIN_KIM);
  t.equal((await app.inject({ method: 'GET', url: '/v1/sources' })).statusCode, 200, 'reads go on');
  const res = await postPage(app, PUTIN_KIM);
  assertProblem(t, res, 429);
  t.ok(res.headers['retry-after']);
});

t.test('CORS lets a page on another origin post with the key', async (t) => {
  const app = await build(t, WRITES);
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/v1/articles',
    headers: {
      origin: 'https://newsroom.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });
  t.equal(preflight.statusCode, 204);
  t.match(preflight.headers['access-control-allow-methods'], /POST/);
  t.match(preflight.headers['access-control-allow-headers'], /Authorization/);
  t.match(preflight.headers['access-control-allow-headers'], /Content-Type/);
});

t.test('a failure half-way through a page leaves nothing behind', async (t) => {
  const app = await build(t, WRITES);
  const db = writer(app);
  const before = rowCounts(db);
  const search = () =>
    db.$client.prepare(`select count(*) as n from article_search where article_search match 'pledge'`).get();
  const hitsBefore = search();
  // The article and a new source are written before the mentions: the trigger fails the page after them.
  db.$client.exec(
    `create temp trigger fail_mentions before insert on main.mentions begin select raise(abort, 'disk on fire'); end`,
  );
  t.teardown(() => db.$client.exec('drop trigger if exists temp.fail_mentions'));
  const res = await postPage(app, PUTIN_KIM, { url: '/v1/articles?source=Brand%20New%20Outlet' });
  const body = assertProblem(t, res, 500);
  t.notMatch(body.detail, /disk on fire/, 'no internals in the answer');
  t.same(rowCounts(db), before, 'no article, mention, count, source or index row');
  t.same(search(), hitsBefore, 'the search index is as it was');
  t.equal((await app.inject({ method: 'GET', url: '/v1/sources?limit=100' })).json().data.length, before.sources);

  db.$client.exec('drop trigger temp.fail_mentions');
  t.equal((await postPage(app, PUTIN_KIM)).statusCode, 201, 'the same page goes in once the failure is gone');
});

t.test('readers racing writers see each article whole or not at all', async (t) => {
  const app = await build(t, { ...WRITES, READ_THREADS: 2 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const pages = Array.from({ length: 6 }, (_, i) =>
    PUTIN_KIM.replace('most of the day', `most of day ${i + 1}`).replace('several agreements', `${i + 2} agreements`),
  );
  let writing = true;
  const failures: string[] = [];
  let reads = 0;

  async function check(url: string): Promise<unknown> {
    const res = await fetch(`${base}${url}`);
    reads++;
    if (res.status !== 200) failures.push(`${url}: ${res.status} ${await res.text()}`);
    return res.status === 200 ? res.json() : null;
  }

  async function reader(): Promise<void> {
    while (writing) {
      const page = (await check('/v1/articles?q=pledged&limit=100')) as { data: { id: string }[] } | null;
      await check('/v1/articles?person=kim-jong-un&limit=100');
      for (const { id } of page?.data ?? []) {
        const detail = (await check(`/v1/articles/${id}`)) as { entities: { mentionCount: number }[] } | null;
        const mentions = (await check(`/v1/articles/${id}/mentions?limit=100&includeTotal=true`)) as {
          total: number;
        } | null;
        const sum = detail?.entities.reduce((n, e) => n + e.mentionCount, 0);
        if (detail && mentions && sum !== mentions.total)
          failures.push(`${id}: ${sum} counted, ${mentions.total} mentions`);
        if (detail && sum === 0) failures.push(`${id}: found by search but has no mentions`);
      }
    }
  }

  const readers = Array.from({ length: 8 }, () => reader());
  const writes = await Promise.all(
    pages.map(async (page) => {
      const res = await fetch(`${base}/v1/articles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${INGEST_KEY}`, 'content-type': 'text/plain' },
        body: page,
      });
      return { status: res.status, id: ((await res.json()) as { id: string }).id };
    }),
  );
  writing = false;
  await Promise.all(readers);
  t.same(
    writes.map((w) => w.status),
    pages.map(() => 201),
    'every write is stored',
  );
  t.same(failures, [], `every one of ${reads} reads answered 200 and saw whole articles`);
  const found = (await check('/v1/articles?q=pledged&limit=100')) as { data: { id: string }[] };
  const foundIds = found.data.map((hit) => hit.id);
  t.ok(
    writes.every((w) => foundIds.includes(w.id)),
    'each is found once the writes are done',
  );
});
