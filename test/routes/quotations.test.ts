// The quotations routes: every filter, keyset pages in both date orders and by relevance, search snippets, honest date windows, the detail's context, and the error shape.
import t from 'tap';
import {
  assertProblem,
  buildInline,
  buildOn,
  countRequestQueries,
  get,
  getJson,
  type InlineApp,
  list,
  walk,
} from '../helper.ts';
import {
  CANDIDATE,
  CANDIDATE_ARTICLE,
  CANDIDATE_SOURCE,
  quotationDatabase,
  type StoredQuotation,
} from './quotation-fixtures.ts';

interface Item {
  id: number;
  text: string;
  start: number;
  end: number;
  kind: string;
  speaker: { id: string; name: string; type: string; status: string } | null;
  speakerText: { surface: string; start: number; end: number } | null;
  attribution: string | null;
  verb: string | null;
  cue: string | null;
  article: { id: string; title: string | null; published: { date: string } | null };
  source: { id: string; name: string | null };
  match?: { score: number; snippet: string; highlights: { start: number; end: number }[]; snippetHtml: string };
}

interface Detail extends Omit<Item, 'match'> {
  context: { text: string; start: number; end: number };
}

const fixture = quotationDatabase(t);
const all = fixture.quotations;
let app: InlineApp;
t.before(async () => {
  app = await buildInline(t, fixture.path);
});

const idsOf = (items: readonly { id: number }[]) => items.map((item) => item.id);
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
/** The default order, computed from the rows: the article's first possible day, newest first, then id. */
const newestFirst = (a: StoredQuotation, b: StoredQuotation) => cmp(b.publishedSort, a.publishedSort) || b.id - a.id;
const expected = (keep: (q: StoredQuotation) => boolean) => idsOf(all.filter(keep).sort(newestFirst));
const byText = (needle: string) => {
  const found = all.find((q) => q.text.includes(needle));
  if (!found) throw new Error(`no quotation with "${needle}"`);
  return found;
};

const SANCTIONS = byText('suffocating sanctions');
const ILLEGAL = byText('These illegal actions');
const TOWN = byText('uphill battle');
const SIGN = byText('We salute');

t.test('GET /v1/quotations: every quotation, newest article first, each with every field', async (t) => {
  const page = await list<Item>(app, '/v1/quotations?limit=100&includeTotal=true');
  t.equal(page.total, all.length);
  t.equal(page.nextCursor, null);
  t.same(
    idsOf(page.data),
    expected(() => true),
  );

  const article = await getJson<{ title: string; published: unknown }>(
    app,
    '/v1/articles/putin-lavish-welcome-kim-closer-ties',
  );
  t.same(
    page.data.find((q) => q.id === ILLEGAL.id),
    {
      id: ILLEGAL.id,
      text: 'These illegal actions are only aimed at weakening the world economic and political system,',
      start: ILLEGAL.start,
      end: ILLEGAL.end,
      kind: 'direct',
      speaker: { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed' },
      speakerText: { surface: 'Putin', start: ILLEGAL.speakerStart, end: ILLEGAL.speakerEnd },
      attribution: 'after-quote',
      verb: 'said',
      cue: 'Putin said',
      article: { id: 'putin-lavish-welcome-kim-closer-ties', title: article.title, published: article.published },
      source: { id: 'news7f', name: 'News7f' },
    },
    'an item: verbatim text, speaker, how it was attributed, the article with its date, the source',
  );
  t.notOk(
    page.data.some((q) => 'match' in q),
    'no match without q',
  );

  for (const item of page.data) {
    const body = fixture.bodies.get(item.article.id) ?? '';
    t.equal(body.slice(item.start, item.end), item.text, `${item.id}: the offsets slice out the text`);
    if (item.speakerText) {
      t.equal(
        body.slice(item.speakerText.start, item.speakerText.end),
        item.speakerText.surface,
        `${item.id}: speaker`,
      );
    }
  }
  const town = page.data.find((q) => q.id === TOWN.id);
  t.equal(town?.speaker, null, 'a speaker the text names but no entity is: no speaker…');
  t.same(town?.speakerText?.surface, 'Jenny Town', '…but the name as the text gives it');
  const sign = page.data.find((q) => q.id === SIGN.id);
  t.match(sign, { speaker: null, speakerText: null, attribution: null, verb: null, cue: null });
  const candidate = page.data.find((q) => q.speaker?.id === CANDIDATE.id);
  t.same(candidate?.speaker, { id: CANDIDATE.id, name: CANDIDATE.name, type: 'person', status: 'candidate' });
  t.same(candidate?.source, CANDIDATE_SOURCE);
});

t.test('sort: published is the exact reverse of -published; pages visit every row once, in order', async (t) => {
  const newest = idsOf(await walk<Item>(app, '/v1/quotations?limit=100'));
  t.same(idsOf(await walk<Item>(app, '/v1/quotations?sort=-published&limit=100')), newest);
  t.same(idsOf(await walk<Item>(app, '/v1/quotations?sort=published&limit=100')), [...newest].reverse());
  for (const url of [
    '/v1/quotations',
    '/v1/quotations?sort=published',
    '/v1/quotations?speaker=vladimir-putin',
    '/v1/quotations?attributed=false&sort=published',
    '/v1/quotations?q=Ukraine',
    '/v1/quotations?q=Ukraine&sort=-published',
    '/v1/quotations?q=Ukraine&sort=published',
    '/v1/quotations?q=the&source=news7f',
  ]) {
    const whole = idsOf(await walk<Item>(app, `${url}${url.includes('?') ? '&' : '?'}limit=100`));
    t.ok(whole.length > 2, `${url}: more than two items`);
    for (const limit of [1, 2, 3]) t.same(idsOf(await walk<Item>(app, url, limit)), whole, `${url} limit=${limit}`);
  }
});

t.test('speaker: any of the entities named; unknown and malformed ids are a 400 naming it', async (t) => {
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?speaker=vladimir-putin')),
    expected((q) => q.speaker === 'vladimir-putin'),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?speaker=kim-jong-un&speaker=antony-blinken')),
    expected((q) => q.speaker === 'kim-jong-un' || q.speaker === 'antony-blinken'),
  );
  t.same(
    idsOf(await walk<Item>(app, `/v1/quotations?speaker=${CANDIDATE.id}`)),
    expected((q) => q.speaker === CANDIDATE.id),
    'a candidate speaks too',
  );
  t.same(idsOf(await walk<Item>(app, '/v1/quotations?speaker=pyongyang')), [], 'a known entity that says nothing');
  const unknown = assertProblem(t, await get(app, '/v1/quotations?speaker=no-such-person'), 400, 'querystring.speaker');
  t.equal(unknown.detail, 'querystring.speaker: no entity has the id "no-such-person"');
  assertProblem(t, await get(app, '/v1/quotations?speaker=Vladimir_Putin'), 400, 'querystring.speaker');
});

t.test('attributed and kind', async (t) => {
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?attributed=true')),
    expected((q) => q.speaker !== null),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?attributed=false')),
    expected((q) => q.speaker === null),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?kind=reported')),
    expected((q) => q.kind === 'reported'),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?kind=direct')),
    expected((q) => q.kind === 'direct'),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?kind=reported&attributed=true&speaker=vladimir-putin')),
    expected((q) => q.kind === 'reported' && q.speaker === 'vladimir-putin'),
    'filters combine with AND',
  );
  for (const value of ['yes', '1', 'TRUE', '']) {
    assertProblem(t, await get(app, `/v1/quotations?attributed=${value}`), 400, 'querystring.attributed');
  }
  const kind = assertProblem(t, await get(app, '/v1/quotations?kind=indirect'), 400, 'querystring.kind');
  t.equal(kind.detail, 'querystring.kind: must be one of direct, reported');
});

t.test('article and source: any of several; unknown ids are a 400', async (t) => {
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?article=putin-kim-sign-comprehensive-pact')),
    expected((q) => q.article === 'putin-kim-sign-comprehensive-pact'),
  );
  t.same(
    idsOf(
      await walk<Item>(app, `/v1/quotations?article=putin-kim-sign-comprehensive-pact&article=${CANDIDATE_ARTICLE}`),
    ),
    expected((q) => q.article === 'putin-kim-sign-comprehensive-pact' || q.article === CANDIDATE_ARTICLE),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?source=news7f')),
    expected((q) => q.sourceId === 'news7f'),
  );
  t.same(
    idsOf(await walk<Item>(app, `/v1/quotations?source=newsman&source=${CANDIDATE_SOURCE.id}`)),
    expected((q) => q.sourceId === 'newsman' || q.sourceId === CANDIDATE_SOURCE.id),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?source=newsman&article=putin-lavish-welcome-kim-closer-ties')),
    [],
  );
  assertProblem(t, await get(app, '/v1/quotations?article=no-such-article'), 400, 'querystring.article');
  assertProblem(t, await get(app, '/v1/quotations?source=pravda'), 400, 'querystring.source');
});

t.test("from/to: the article's published date, honest about its precision", async (t) => {
  // The articles: TALKS 2024-06-19, WELCOME 2024-06-18, the candidate's 2024-06-20, the other three "June 2024".
  const onOrAfter19 = ['putin-kim-begin-talks-pyongyang', CANDIDATE_ARTICLE];
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?from=2024-06-19')),
    expected((q) => onOrAfter19.includes(q.article)),
    '"June 2024" may be before the 19th: not within',
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?from=2024-06-19&dateMatch=overlaps')),
    expected((q) => q.article !== 'kim-jong-un-warm-welcome-putin'),
    'but it overlaps',
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?to=2024-06-18')),
    expected((q) => q.article === 'kim-jong-un-warm-welcome-putin'),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?from=2024-06-19&to=2024-06-19')),
    expected((q) => q.article === 'putin-kim-begin-talks-pyongyang'),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?from=2024-06&to=2024-06')),
    expected(() => true),
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?from=2024')),
    expected(() => true),
  );
  t.same(idsOf(await walk<Item>(app, '/v1/quotations?from=2024-07')), []);
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?from=2024-06-19&speaker=vladimir-putin&sort=published')),
    expected((q) => onOrAfter19.includes(q.article) && q.speaker === 'vladimir-putin').reverse(),
  );
  const reversed = assertProblem(
    t,
    await get(app, '/v1/quotations?from=2024-06-20&to=2024-06-19'),
    400,
    'querystring.from',
  );
  t.match(reversed.detail, 'is after to');
  for (const value of ['2024-13', '2024-02-30', 'June', '24-06-19']) {
    for (const name of ['from', 'to']) {
      const body = assertProblem(t, await get(app, `/v1/quotations?${name}=${value}`), 400);
      t.ok(body.invalidParams?.length, `${name}=${value}: says what is wrong`);
      t.ok(
        body.invalidParams?.every((p) => p.name === `querystring.${name}`),
        `${name}=${value}: names ${name} alone`,
      );
    }
  }
  assertProblem(t, await get(app, '/v1/quotations?from=2024&dateMatch=roughly'), 400, 'querystring.dateMatch');
});

t.test('q: ranked full-text search over the quoted words, with marked snippets', async (t) => {
  const sanctions = await list<Item>(app, '/v1/quotations?q=sanctions');
  t.same(idsOf(sanctions.data), [SANCTIONS.id]);
  const hit = sanctions.data[0];
  t.ok(hit?.match && hit.match.score > 0, 'a positive score');
  t.equal(hit?.match?.snippet, SANCTIONS.text, 'a short quotation is its own snippet');
  t.same(
    hit?.match?.highlights.map((h) => hit.match?.snippet.slice(h.start, h.end)),
    ['sanctions'],
  );
  t.match(hit?.match?.snippetHtml, 'suffocating <mark>sanctions</mark> as a tool');
  const { match: _match, ...withoutMatch } = hit as Item;
  const plain = (await list<Item>(app, '/v1/quotations?limit=100')).data.find((q) => q.id === SANCTIONS.id);
  t.same(withoutMatch, plain, 'the rest of the item is as in the plain list');

  t.same(idsOf((await list<Item>(app, '/v1/quotations?q=sanction')).data), [SANCTIONS.id], 'stemmed');
  t.same(
    idsOf((await list<Item>(app, `/v1/quotations?q=${encodeURIComponent('"honest friend"')}`)).data),
    [byText('honest friend').id],
    'a phrase',
  );
  t.same(idsOf((await list<Item>(app, '/v1/quotations?q=weapon*')).data), [byText('munitions').id], 'a prefix');

  const ukraine = await walk<Item>(app, '/v1/quotations?q=Ukraine');
  t.same(
    idsOf(ukraine).sort(cmp),
    idsOf(all.filter((q) => /\bUkraine\b/.test(q.text))).sort(cmp),
    'every quotation with the word',
  );
  const scores = ukraine.map((q) => q.match?.score ?? 0);
  t.same(
    scores,
    [...scores].sort((a, b) => b - a),
    'best first',
  );
  for (const q of ukraine) {
    t.same(
      q.match?.highlights.map((h) => q.match?.snippet.slice(h.start, h.end).toLowerCase()),
      ['ukraine'],
      `${q.id}: the word is marked`,
    );
  }
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?q=Ukraine&sort=-published')),
    expected((q) => /\bUkraine\b/.test(q.text)),
    'in date order on request',
  );
  t.same(
    idsOf(await walk<Item>(app, '/v1/quotations?q=Ukraine%20NOT%20Iran&speaker=kim-jong-un')),
    expected((q) => q.speaker === 'kim-jong-un' && /\bUkraine\b/.test(q.text)),
    'with operators and a filter',
  );
  t.same(idsOf(await walk<Item>(app, '/v1/quotations?q=treaty&source=example-wire&from=2024-06-20')), [
    byText('ratified').id,
  ]);
  t.same(idsOf(await walk<Item>(app, '/v1/quotations?q=zeppelin')), []);
  t.equal((await list<Item>(app, '/v1/quotations?q=Ukraine&includeTotal=true&limit=1')).total, ukraine.length);

  for (const q of ['(Ukraine', 'Ukraine AND', 'NOT Ukraine', '"open', 'a*', '%3F%3F']) {
    assertProblem(t, await get(app, `/v1/quotations?q=${encodeURIComponent(q)}`), 400, 'querystring.q');
  }
  assertProblem(t, await get(app, '/v1/quotations?q='), 400, 'querystring.q');
  const relevance = assertProblem(t, await get(app, '/v1/quotations?sort=relevance'), 400, 'querystring.sort');
  t.equal(relevance.detail, 'querystring.sort: relevance needs a full-text query q');
  assertProblem(t, await get(app, '/v1/quotations?sort=newest'), 400, 'querystring.sort');
});

t.test('fields, totals and exports', async (t) => {
  const sparse = await get(app, '/v1/quotations?fields=text,speaker&limit=2');
  t.match(sparse.headers['content-type'], /^application\/vnd\.news-coverage\.sparse\+json/);
  for (const item of sparse.json().data) t.same(Object.keys(item), ['id', 'text', 'speaker']);
  t.equal(
    (await list<Item>(app, '/v1/quotations?attributed=false&includeTotal=true&limit=1')).total,
    all.filter((q) => q.speaker === null).length,
  );
  const csv = await get(app, '/v1/quotations?format=csv&speaker=vladimir-putin&fields=text,speaker,article');
  t.equal(csv.statusCode, 200);
  const [header, ...lines] = csv.body.trim().split('\n');
  t.match(header, /^id,text,speaker\.id,speaker\.name,speaker\.type,speaker\.status,article\.id,article\.title/);
  t.equal(lines.length, all.filter((q) => q.speaker === 'vladimir-putin').length);
  const ndjson = await get(app, '/v1/quotations?format=ndjson&attributed=false');
  t.same(
    ndjson.body
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Item).id),
    expected((q) => q.speaker === null),
  );
  assertProblem(t, await get(app, '/v1/quotations?fields=speech'), 400, 'querystring.fields');
});

t.test('cursors: refused when altered or replayed with other filters', async (t) => {
  const first = await list<Item>(app, '/v1/quotations?limit=2');
  const cursor = first.nextCursor ?? '';
  t.ok(cursor);
  const flipped = `${cursor.slice(0, 7)}${cursor[7] === 'Q' ? 'R' : 'Q'}${cursor.slice(8)}`;
  assertProblem(t, await get(app, `/v1/quotations?limit=2&cursor=${flipped}`), 400, 'querystring.cursor');
  const replayed = assertProblem(
    t,
    await get(app, `/v1/quotations?limit=2&sort=published&cursor=${cursor}`),
    400,
    'querystring.cursor',
  );
  t.match(replayed.detail, /other filters/);
  assertProblem(t, await get(app, `/v1/quotations?limit=2&kind=direct&cursor=${cursor}`), 400, 'querystring.cursor');
  const second = await list<Item>(app, `/v1/quotations?limit=2&cursor=${cursor}`);
  t.same(idsOf(second.data), expected(() => true).slice(2, 4), 'the untouched cursor resumes after the second');
});

t.test('unknown and malformed parameters are a 400 naming them', async (t) => {
  const misspelt = assertProblem(t, await get(app, '/v1/quotations?speakr=vladimir-putin'), 400, 'querystring.speakr');
  t.match(misspelt.detail, 'did you mean "speaker"?');
  for (const limit of ['0', '101', 'all']) {
    assertProblem(t, await get(app, `/v1/quotations?limit=${limit}`), 400, 'querystring.limit');
  }
  assertProblem(t, await get(app, '/v1/quotations?kind=quoted&attributed=maybe'), 400, [
    'querystring.attributed',
    'querystring.kind',
  ]);
});

t.test('GET /v1/quotations/{id}: the item, and the sentence it stands in', async (t) => {
  const items = await walk<Item>(app, '/v1/quotations?limit=100');
  for (const item of items) {
    const detail = await getJson<Detail>(app, `/v1/quotations/${item.id}`);
    const { context, ...rest } = detail;
    t.same(rest, item, `${item.id}: the list item`);
    t.equal(context.text.slice(context.start, context.end), item.text, `${item.id}: the context holds the text`);
    const body = fixture.bodies.get(item.article.id) ?? '';
    const from = item.start - context.start;
    t.equal(
      body.slice(from, from + context.text.length).replace(/\s/g, ' '),
      context.text,
      `${item.id}: the context is the body's, line breaks as spaces`,
    );
    t.ok(context.text.length - item.text.length <= 400 + 2, `${item.id}: at most 200 characters either side`);
  }
  const illegal = await getJson<Detail>(app, `/v1/quotations/${ILLEGAL.id}`);
  t.same(illegal.context, {
    text: '“These illegal actions are only aimed at weakening the world economic and political system,” Putin said.',
    start: 1,
    end: 91,
  });
  const pact = await getJson<Detail>(app, `/v1/quotations/${byText('mutual assistance').id}`);
  t.equal(
    pact.context.text,
    'On Wednesday, Putin said the partnership “provides, among other things, for mutual assistance in the event of aggression against one of the parties.”',
    'a quotation that ends its sentence: its own stop and closing mark end the context',
  );
  const reported = await getJson<Detail>(app, `/v1/quotations/${byText('deepen their cooperation').id}`);
  t.equal(
    reported.context.text,
    'Vladimir Putin said that the two countries would deepen their cooperation.',
    'the sentence, not the one before it',
  );
  t.equal(reported.kind, 'reported');
});

t.test('GET /v1/quotations/{id}: unknown and malformed ids', async (t) => {
  const missing = Math.max(...all.map((q) => q.id)) + 1000;
  const unknown = assertProblem(t, await get(app, `/v1/quotations/${missing}`), 404);
  t.equal(unknown.detail, `No quotation with id "${missing}".`);
  for (const id of ['abc', '0', '-3', '1.5', '1e3', '0x10', '%20', 'vladimir-putin', '12345678901234567890']) {
    const body = assertProblem(t, await get(app, `/v1/quotations/${id}`), 400, 'params.id');
    t.equal(body.detail, 'params.id: must be a positive whole number', id);
  }
  assertProblem(t, await get(app, `/v1/quotations/${ILLEGAL.id}?context=long`), 400, 'querystring.context');
});

t.test('a list issues the same number of SQL statements whatever the page size', async (t) => {
  for (const query of [
    'includeTotal=true',
    'speaker=vladimir-putin&speaker=kim-jong-un&from=2024-06&includeTotal=true',
    'q=the&includeTotal=true',
    'q=the&sort=published&source=news7f',
  ]) {
    const one = await countRequestQueries(t, app, `/v1/quotations?limit=1&${query}`);
    const hundred = await countRequestQueries(t, app, `/v1/quotations?limit=100&${query}`);
    t.ok(one > 0, 'statements are counted');
    t.equal(one, hundred, query);
  }
});

t.test('the read threads answer as the inline reads do', async (t) => {
  const pooled = await buildOn(t, fixture.path);
  for (const url of ['/v1/quotations?q=Ukraine&limit=3', `/v1/quotations/${SANCTIONS.id}`]) {
    const threaded = await get(pooled, url);
    t.equal(threaded.statusCode, 200, url);
    t.same(threaded.json(), (await get(app, url)).json(), url);
  }
  assertProblem(t, await get(pooled, '/v1/quotations?speaker=no-such-person'), 400, 'querystring.speaker');
  assertProblem(t, await get(pooled, '/v1/quotations/999999999'), 404);
});
