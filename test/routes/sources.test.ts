// The sources routes: every outlet with its article counts, languages and coverage, unnamed outlets last, keyset pages and the error shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parse } from 'yaml';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { assertProblem, buildInline, countRequestQueries, get, type InlineApp, ids, list, walk } from '../helper.ts';

interface CorpusSource {
  id: string;
  name: string | null;
  nameBasis: string | null;
  nameNote: string | null;
  homepage: string | null;
  country: string | null;
  language: string | null;
  kind: string | null;
  selfDescription: string | null;
  notes: string | null;
}
interface CorpusArticle {
  id: string;
  source: string;
  title: string | null;
  language: string;
  published: { date: string; precision: string };
}

const corpusSources = parse(readFileSync(join(CORPUS_DIR, 'sources.yaml'), 'utf8')) as CorpusSource[];
const corpusArticles = parse(readFileSync(join(CORPUS_DIR, 'articles.yaml'), 'utf8')) as CorpusArticle[];

interface SourceBody {
  id: string;
  name: string | null;
  articleCount: number;
  languages: string[];
  coverage: { from: string; to: string } | null;
  [key: string]: unknown;
}

let app: InlineApp;
t.before(async () => {
  app = await buildInline(t);
});

const NAME_ORDER = [
  'news7f',
  'newsman',
  'unnamed-outlet-bd-link-list',
  'unnamed-outlet-comments-closed',
  'unnamed-outlet-peru-health-links',
];

t.test('GET /v1/sources: five sources, named first, unnamed outlets last', async (t) => {
  const body = await list<SourceBody>(app, '/v1/sources?includeTotal=true');
  t.equal(body.total, 5);
  t.equal(body.nextCursor, null);
  t.same(
    body.data.map((s) => s.id),
    NAME_ORDER,
  );
  t.same(
    body.data.map((s) => s.name),
    ['News7f', 'Newsman', null, null, null],
  );
  for (const source of body.data) {
    t.equal(source.articleCount, 1, `${source.id} has one article`);
    t.same(source.languages, ['en']);
  }
  t.same(body.data[0], {
    id: 'news7f',
    name: 'News7f',
    nameBasis: 'stated',
    nameNote: 'The page\'s footer names the site "News7f" and describes it as "News 7F".',
    homepage: null,
    country: null,
    language: 'en',
    kind: 'online news site',
    articleCount: 1,
    languages: ['en'],
    coverage: { from: '2024-06-01', to: '2024-06-30' },
  });
  t.notOk('selfDescription' in (body.data[0] as object), 'the list leaves out the self-description');
});

t.test('each source repeats what sources.yaml tells', async (t) => {
  const listed = new Map((await list<SourceBody>(app, '/v1/sources')).data.map((s) => [s.id, s]));
  t.equal(listed.size, corpusSources.length);
  for (const source of corpusSources) {
    const item = listed.get(source.id);
    t.match(
      item,
      {
        name: source.name,
        nameBasis: source.nameBasis,
        nameNote: source.nameNote,
        homepage: source.homepage,
        country: source.country,
        language: source.language,
        kind: source.kind,
      },
      source.id,
    );
    const articles = corpusArticles.filter((a) => a.source === source.id);
    t.equal(item?.articleCount, articles.length);
    t.same(item?.languages, [...new Set(articles.map((a) => a.language))].sort());
  }
});

t.test('coverage spans the days the articles can have been published', async (t) => {
  const coverage = Object.fromEntries((await list<SourceBody>(app, '/v1/sources')).data.map((s) => [s.id, s.coverage]));
  t.same(coverage, {
    news7f: { from: '2024-06-01', to: '2024-06-30' },
    newsman: { from: '2024-06-01', to: '2024-06-30' },
    'unnamed-outlet-bd-link-list': { from: '2024-06-19', to: '2024-06-19' },
    'unnamed-outlet-comments-closed': { from: '2024-06-01', to: '2024-06-30' },
    'unnamed-outlet-peru-health-links': { from: '2024-06-18', to: '2024-06-18' },
  });
});

t.test('sort: name (default), id, -articles', async (t) => {
  t.same(ids(await list(app, '/v1/sources?sort=name')), NAME_ORDER);
  t.same(ids(await list(app, '/v1/sources?sort=id')), [...NAME_ORDER].sort());
  t.same(ids(await list(app, '/v1/sources?sort=-articles')), [...NAME_ORDER].sort(), 'one article each: ties go by id');
});

t.test('filters: language and q, alone and combined', async (t) => {
  t.same(ids(await list(app, '/v1/sources?language=en')), NAME_ORDER);
  t.same(ids(await list(app, '/v1/sources?language=EN')), NAME_ORDER, 'the code is case-insensitive');
  t.same(ids(await list(app, '/v1/sources?language=fr')), []);
  t.same(ids(await list(app, '/v1/sources?q=news')), ['news7f', 'newsman']);
  t.same(ids(await list(app, '/v1/sources?q=NEWS7')), ['news7f']);
  t.same(ids(await list(app, '/v1/sources?q=man')), ['newsman']);
  t.same(ids(await list(app, '/v1/sources?q=%20man%20')), ['newsman'], 'surrounding spaces are ignored');
  t.same(ids(await list(app, '/v1/sources?q=outlet')), [], 'unnamed outlets have no name to match');
  t.same(ids(await list(app, '/v1/sources?q=%25')), [], 'a % is a plain character');
  t.same(ids(await list(app, '/v1/sources?q=news&language=en&sort=id')), ['news7f', 'newsman']);
  t.same(ids(await list(app, '/v1/sources?q=news&language=de')), []);
  const total = await list<SourceBody>(app, '/v1/sources?q=news&includeTotal=true&limit=1');
  t.equal(total.total, 2);
  t.same(
    total.data.map((s) => s.id),
    ['news7f'],
  );
});

t.test('pagination walks every row exactly once, in the order of one big page', async (t) => {
  for (const query of [
    '/v1/sources',
    '/v1/sources?sort=id',
    '/v1/sources?sort=-articles',
    '/v1/sources?language=en',
    '/v1/sources?q=news',
  ]) {
    const sep = query.includes('?') ? '&' : '?';
    const whole = ids(await list(app, `${query}${sep}limit=100`));
    for (const limit of [1, 2]) {
      const pages = ids(await walk(app, query, limit));
      t.same(pages, whole, `${query} with limit=${limit}`);
      t.equal(new Set(pages).size, pages.length, 'no repeats');
    }
  }
  // Across the named and unnamed outlets, and across the three nameless ones (a tie on the name).
  const first = await list<SourceBody>(app, '/v1/sources?limit=2');
  t.same(
    first.data.map((s) => s.id),
    ['news7f', 'newsman'],
  );
  const second = await list<SourceBody>(
    app,
    `/v1/sources?limit=2&cursor=${encodeURIComponent(first.nextCursor as string)}`,
  );
  t.same(
    second.data.map((s) => s.id),
    ['unnamed-outlet-bd-link-list', 'unnamed-outlet-comments-closed'],
  );
});

t.test('GET /v1/sources/:id: the outlet, its self-description and its articles', async (t) => {
  const res = await get(app, '/v1/sources/newsman');
  t.equal(res.statusCode, 200);
  t.same(res.json(), {
    id: 'newsman',
    name: 'Newsman',
    nameBasis: 'inferred',
    nameNote:
      'The story opens with the credit "Newsman:" where a wire dateline would stand; the page\'s mission statement speaks for the site but does not name it.',
    homepage: null,
    country: null,
    language: 'en',
    kind: null,
    articleCount: 1,
    languages: ['en'],
    coverage: { from: '2024-06-01', to: '2024-06-30' },
    selfDescription:
      'This mission is rooted in our belief that great journalism has the power to enrich the experience of life that not only fulfills the purpose of life but also helps every single individual in society with the spirit of human values.',
    notes:
      'The page header shows the date "Thursday, July 25, 2024", the day the page was displayed, not the story\'s date.',
    articles: [
      {
        id: 'putin-kim-sign-comprehensive-pact',
        title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
        publishedDate: '2024-06',
        publishedPrecision: 'month',
      },
    ],
  });

  for (const source of corpusSources) {
    const body = (await get(app, `/v1/sources/${source.id}`)).json();
    t.equal(body.name, source.name, `${source.id} name`);
    t.equal(body.selfDescription, source.selfDescription, `${source.id} selfDescription`);
    t.equal(body.notes, source.notes, `${source.id} notes`);
    t.same(
      body.articles,
      corpusArticles
        .filter((a) => a.source === source.id)
        .map((a) => ({
          id: a.id,
          title: a.title,
          publishedDate: a.published.date,
          publishedPrecision: a.published.precision,
        })),
      `${source.id} articles`,
    );
  }
  const unnamed = (await get(app, '/v1/sources/unnamed-outlet-bd-link-list')).json();
  t.equal(unnamed.name, null);
  t.same(unnamed.articles, [
    { id: 'putin-kim-begin-talks-pyongyang', title: null, publishedDate: '2024-06-19', publishedPrecision: 'day' },
  ]);
});

t.test('bad parameters answer a problem+json 400 naming the parameter', async (t) => {
  const first = await list<SourceBody>(app, '/v1/sources?limit=1');
  const cursor = first.nextCursor as string;
  const flipped = `${cursor[0] === 'a' ? 'b' : 'a'}${cursor.slice(1)}`;
  const cases: [string, string | string[]][] = [
    ['/v1/sources?limit=0', 'querystring.limit'],
    ['/v1/sources?limit=-5', 'querystring.limit'],
    ['/v1/sources?limit=1000', 'querystring.limit'],
    ['/v1/sources?limit=99999999999999999999', ['querystring.limit', 'querystring.limit']],
    ['/v1/sources?limit=many', 'querystring.limit'],
    ['/v1/sources?sort=articles', 'querystring.sort'],
    ['/v1/sources?sort=-name', 'querystring.sort'],
    ['/v1/sources?includeTotal=yes', 'querystring.includeTotal'],
    ['/v1/sources?language=eng', 'querystring.language'],
    ['/v1/sources?language=e1', 'querystring.language'],
    ['/v1/sources?language=', 'querystring.language'],
    ['/v1/sources?q=', 'querystring.q'],
    ['/v1/sources?q=%20', 'querystring.q'],
    [`/v1/sources?q=${'n'.repeat(201)}`, 'querystring.q'],
    [`/v1/sources?limit=1&cursor=${encodeURIComponent(flipped)}`, 'querystring.cursor'],
    [`/v1/sources?limit=1&cursor=${encodeURIComponent(`${cursor}x`)}`, 'querystring.cursor'],
    ['/v1/sources?cursor=not-a-cursor', 'querystring.cursor'],
    [`/v1/sources?limit=1&sort=id&cursor=${encodeURIComponent(cursor)}`, 'querystring.cursor'],
    [`/v1/sources?limit=1&q=news&cursor=${encodeURIComponent(cursor)}`, 'querystring.cursor'],
  ];
  for (const [url, param] of cases) assertProblem(t, await get(app, url), 400, param);
  // A cursor of another route is refused too.
  const events = (await get(app, '/v1/events?limit=1')).json() as { nextCursor: string };
  assertProblem(
    t,
    await get(app, `/v1/sources?limit=1&cursor=${encodeURIComponent(events.nextCursor)}`),
    400,
    'querystring.cursor',
  );
});

t.test('GET /v1/sources/:id: unknown id is a 404, malformed id a 400', async (t) => {
  const missing = await get(app, '/v1/sources/no-such-source');
  assertProblem(t, missing, 404);
  t.same(missing.json(), {
    type: '/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'No source with id "no-such-source".',
    instance: '/v1/sources/no-such-source',
  });
  assertProblem(t, await get(app, '/v1/sources/putin-kim-sign-comprehensive-pact'), 404, undefined);
  assertProblem(t, await get(app, '/v1/sources/News7f'), 400, 'params.id');
  assertProblem(t, await get(app, '/v1/sources/news_7f'), 400, 'params.id');
  assertProblem(t, await get(app, '/v1/sources/news7f-'), 400, 'params.id');
});

t.test('a request issues a fixed number of SQL statements, whatever the page size', async (t) => {
  for (const query of ['', '&includeTotal=true', '&sort=-articles&language=en&q=news&includeTotal=true', '&sort=id']) {
    const one = await countRequestQueries(t, app, `/v1/sources?limit=1${query}`);
    const hundred = await countRequestQueries(t, app, `/v1/sources?limit=100${query}`);
    t.equal(one, hundred, `limit=1 and limit=100 issue as many statements (${query || 'no filter'})`);
    t.ok(one <= 2, `${one} statements`);
  }
  t.equal(await countRequestQueries(t, app, '/v1/sources/newsman'), 2);
});
