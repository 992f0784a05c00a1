import t from 'tap';
import {
  assertProblem,
  buildInline,
  countRequestQueries,
  get,
  type InlineApp,
  ids,
  type ListBody,
  list,
  walk,
} from '../helper.ts';

let app: InlineApp;
t.before(async () => {
  app = await buildInline(t);
});

interface Item {
  id: string;
  name: string;
  mentionCount: number;
  articleCount: number;
  [key: string]: unknown;
}
type List = ListBody<Item>;

const counts = (page: List) => page.data.map((p) => [p.id, p.mentionCount, p.articleCount]);

// Corpus totals (seed/entities.yaml matched over seed/articles), most mentioned first, ties by id.
const BY_MENTIONS = [
  ['vladimir-putin', 61, 5],
  ['kim-jong-un', 31, 5],
  ['antony-blinken', 4, 2],
  ['andrei-belousov', 3, 3],
  ['jens-stoltenberg', 3, 2],
  ['kim-jong-il', 3, 3],
  ['yuri-ushakov', 3, 3],
  ['sergey-lavrov', 2, 2],
  ['denis-manturov', 1, 1],
  ['dmitry-peskov', 1, 1],
  ['jenny-town', 1, 1],
  ['leif-eric-easley', 1, 1],
  ['mikhail-murashko', 1, 1],
  ['roman-starovoyt', 1, 1],
  ['shin-won-sik', 1, 1],
  ['xi-jinping', 1, 1],
];

t.test('GET /v1/people lists the 16 people, most mentioned first', async (t) => {
  const page = await list<Item>(app, '/v1/people?includeTotal=true');
  t.equal(page.total, 16);
  t.equal(page.nextCursor, null);
  t.same(counts(page), BY_MENTIONS);
  t.same(
    page.data.find((p) => p.id === 'kim-jong-un'),
    {
      id: 'kim-jong-un',
      name: 'Kim Jong-un',
      status: 'confirmed',
      aliases: ['Kim Jong Un', 'Kim Un'],
      searchAliases: ['Jong Un', 'Jong-un', 'Kim Jong Eun', 'Kim Jong-eun'],
      description: 'Leader of North Korea, son of Kim Jong-il.',
      wikidataId: 'Q56226',
      mentionCount: 31,
      articleCount: 5,
    },
    'an item: aliases seen in the texts, search spellings, corpus totals',
  );
  t.notOk('type' in (page.data[0] ?? {}), 'people carry no type');
  t.equal((await list<Item>(app, '/v1/people?includeTotal=false')).total, undefined);
});

t.test('sorts: every order, ties broken by id', async (t) => {
  const all = (await list<Item>(app, '/v1/people?limit=100')).data;
  const byId = (a: Item, b: Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const expected: Record<string, (a: Item, b: Item) => number> = {
    '-mentions': (a, b) => b.mentionCount - a.mentionCount || byId(a, b),
    mentions: (a, b) => a.mentionCount - b.mentionCount || byId(a, b),
    '-articles': (a, b) => b.articleCount - a.articleCount || byId(a, b),
    articles: (a, b) => a.articleCount - b.articleCount || byId(a, b),
    name: (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : byId(a, b)),
    '-name': (a, b) => (a.name > b.name ? -1 : a.name < b.name ? 1 : byId(a, b)),
  };
  for (const [sort, compare] of Object.entries(expected)) {
    const page = await list<Item>(app, `/v1/people?sort=${sort}&limit=100`);
    t.same(
      ids(page),
      [...all].sort(compare).map((p) => p.id),
      sort,
    );
  }
  t.same(ids(await list<Item>(app, '/v1/people?sort=-articles&limit=3')), [
    'kim-jong-un',
    'vladimir-putin',
    'andrei-belousov',
  ]);
  t.same(ids(await list<Item>(app, '/v1/people?sort=name&limit=2')), ['andrei-belousov', 'antony-blinken']);
  t.same(ids(await list<Item>(app, '/v1/people?sort=-name&limit=2')), ['yuri-ushakov', 'xi-jinping']);
  t.same(ids(await list<Item>(app, '/v1/people?sort=mentions&limit=2')), ['denis-manturov', 'dmitry-peskov']);
});

t.test('pagination walks every row exactly once, in the order of one big page', async (t) => {
  const queries = [
    '/v1/people',
    '/v1/people?sort=mentions',
    '/v1/people?sort=-articles',
    '/v1/people?sort=articles',
    '/v1/people?sort=name',
    '/v1/people?sort=-name',
    '/v1/people?mentionedWith=antony-blinken',
    '/v1/people?article=putin-state-visit-partnership-treaty&sort=mentions',
    '/v1/people?q=kim',
  ];
  for (const url of queries) {
    const sep = url.includes('?') ? '&' : '?';
    const whole = ids(await list<Item>(app, `${url}${sep}limit=100`));
    t.ok(whole.length > 0, url);
    for (const limit of [1, 2]) {
      const walked = ids(await walk<Item>(app, url, limit));
      t.same(walked, whole, `${url} limit=${limit}`);
      t.equal(new Set(walked).size, walked.length, 'no repeats');
    }
  }
});

t.test('q finds a person by any spelling, ignoring case, accents, hyphens and spacing', async (t) => {
  for (const q of ['kim jong-un', 'KIM JONG UN', 'Jong Un', 'kimjongun', 'Kím Jöng-ün', 'kim jong eun']) {
    const page = await list<Item>(app, `/v1/people?q=${encodeURIComponent(q)}`);
    t.equal(page.data[0]?.id, 'kim-jong-un', q);
    t.same(ids(page), ['kim-jong-un'], `${q} finds only Kim Jong-un`);
  }
  t.same(ids(await list<Item>(app, '/v1/people?q=mantrurov')), ['denis-manturov'], 'a misspelling the texts use');
  t.same(ids(await list<Item>(app, '/v1/people?q=Andrey')), ['andrei-belousov']);
  t.same(ids(await list<Item>(app, '/v1/people?q=tony%20blinken')), ['antony-blinken'], 'a search alias');
  t.same(ids(await list<Item>(app, '/v1/people?q=kim')), ['kim-jong-un', 'kim-jong-il'], 'a substring of the key');
  t.same(ids(await list<Item>(app, '/v1/people?q=kim%20il%20sung&includeTotal=true')), [], 'no person is Kim Il Sung');
  t.equal((await list<Item>(app, '/v1/people?q=kim%20il%20sung&includeTotal=true')).total, 0);
  t.same(ids(await list<Item>(app, '/v1/people?q=Russia')), [], 'only people: no country, no Kremlin');
});

t.test('article and source filters count within their articles', async (t) => {
  t.same(counts(await list<Item>(app, '/v1/people?article=putin-state-visit-partnership-treaty')), [
    ['vladimir-putin', 10, 1],
    ['kim-jong-un', 8, 1],
    ['andrei-belousov', 1, 1],
    ['dmitry-peskov', 1, 1],
    ['kim-jong-il', 1, 1],
    ['mikhail-murashko', 1, 1],
    ['roman-starovoyt', 1, 1],
    ['sergey-lavrov', 1, 1],
    ['yuri-ushakov', 1, 1],
  ]);
  const two = await list<Item>(
    app,
    '/v1/people?article=putin-kim-sign-comprehensive-pact&article=putin-state-visit-partnership-treaty&includeTotal=true',
  );
  t.equal(two.total, 9, 'people in either article');
  t.same(counts(two).slice(0, 3), [
    ['vladimir-putin', 26, 2],
    ['kim-jong-un', 15, 2],
    ['andrei-belousov', 2, 2],
  ]);
  t.same(counts(await list<Item>(app, '/v1/people?source=newsman')), [
    ['vladimir-putin', 16, 1],
    ['kim-jong-un', 7, 1],
    ['andrei-belousov', 1, 1],
    ['kim-jong-il', 1, 1],
  ]);
  t.same(counts(await list<Item>(app, '/v1/people?source=newsman&source=news7f&limit=3')), [
    ['vladimir-putin', 28, 2],
    ['kim-jong-un', 15, 2],
    ['antony-blinken', 2, 1],
  ]);
  t.same(
    ids(await list<Item>(app, '/v1/people?source=newsman&article=putin-state-visit-partnership-treaty')),
    [],
    'article and source both apply',
  );
  t.same(
    counts(await list<Item>(app, '/v1/people?source=newsman&article=putin-kim-sign-comprehensive-pact')),
    counts(await list<Item>(app, '/v1/people?source=newsman')),
  );
  t.same(counts(await list<Item>(app, '/v1/people?article=putin-kim-sign-comprehensive-pact&q=kim')), [
    ['kim-jong-un', 7, 1],
    ['kim-jong-il', 1, 1],
  ]);
});

// The two articles naming Blinken (putin-kim-begin-talks-pyongyang, putin-lavish-welcome-kim-closer-ties).
const WITH_BLINKEN = [
  ['vladimir-putin', 22, 2],
  ['kim-jong-un', 12, 2],
  ['jens-stoltenberg', 3, 2],
  ['andrei-belousov', 1, 1],
  ['denis-manturov', 1, 1],
  ['jenny-town', 1, 1],
  ['leif-eric-easley', 1, 1],
  ['sergey-lavrov', 1, 1],
  ['shin-won-sik', 1, 1],
  ['yuri-ushakov', 1, 1],
];

t.test('mentionedWith: people in the same articles as each given person', async (t) => {
  const blinken = await list<Item>(app, '/v1/people?mentionedWith=antony-blinken&includeTotal=true');
  t.same(counts(blinken), WITH_BLINKEN);
  t.equal(blinken.total, 10);
  t.same(counts(await list<Item>(app, '/v1/people?mentionedWith=antony-blinken&mentionedWith=andrei-belousov')), [
    ['vladimir-putin', 10, 1],
    ['kim-jong-un', 4, 1],
    ['jens-stoltenberg', 2, 1],
    ['denis-manturov', 1, 1],
    ['sergey-lavrov', 1, 1],
    ['yuri-ushakov', 1, 1],
  ]);
  t.same(
    ids(await list<Item>(app, '/v1/people?mentionedWith=xi-jinping&mentionedWith=shin-won-sik')),
    [],
    'never in one article together',
  );
  t.same(
    counts(
      await list<Item>(app, '/v1/people?mentionedWith=antony-blinken&article=putin-lavish-welcome-kim-closer-ties'),
    ),
    [
      ['vladimir-putin', 12, 1],
      ['kim-jong-un', 8, 1],
      ['jenny-town', 1, 1],
      ['jens-stoltenberg', 1, 1],
      ['leif-eric-easley', 1, 1],
      ['shin-won-sik', 1, 1],
    ],
  );
  t.same(
    ids(await list<Item>(app, '/v1/people?mentionedWith=antony-blinken&source=unnamed-outlet-bd-link-list&q=ov')),
    ['vladimir-putin', 'andrei-belousov', 'denis-manturov', 'sergey-lavrov', 'yuri-ushakov'],
  );
});

t.test('minMentions applies to the counts shown', async (t) => {
  t.same(counts(await list<Item>(app, '/v1/people?minMentions=3')), BY_MENTIONS.slice(0, 7));
  t.same(ids(await list<Item>(app, '/v1/people?minMentions=62')), []);
  t.same(ids(await list<Item>(app, '/v1/people?article=putin-state-visit-partnership-treaty&minMentions=2')), [
    'vladimir-putin',
    'kim-jong-un',
  ]);
  t.same(ids(await list<Item>(app, '/v1/people?mentionedWith=antony-blinken&minMentions=3')), [
    'vladimir-putin',
    'kim-jong-un',
    'jens-stoltenberg',
  ]);
  t.same(ids(await list<Item>(app, '/v1/people?minMentions=2&sort=name&q=kim')), ['kim-jong-il', 'kim-jong-un']);
});

t.test('GET /v1/people/{id}: Andrei Belousov, in three articles under two spellings', async (t) => {
  const res = await get(app, '/v1/people/andrei-belousov');
  t.equal(res.statusCode, 200);
  t.same(res.json(), {
    id: 'andrei-belousov',
    name: 'Andrei Belousov',
    status: 'confirmed',
    aliases: ['Andrey Belousov'],
    searchAliases: [],
    familyName: 'Belousov',
    description: 'Defence Minister of Russia.',
    foundBy: null,
    wikidataId: null,
    mentionCount: 3,
    articleCount: 3,
    articles: [
      {
        id: 'putin-kim-begin-talks-pyongyang',
        title: null,
        source: { id: 'unnamed-outlet-bd-link-list', name: null },
        publishedDate: '2024-06-19',
        mentionCount: 1,
      },
      {
        id: 'putin-kim-sign-comprehensive-pact',
        title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
        source: { id: 'newsman', name: 'Newsman' },
        publishedDate: '2024-06',
        mentionCount: 1,
      },
      {
        id: 'putin-state-visit-partnership-treaty',
        title:
          'Putin’s state visit to North Korea: Warm welcome, bilateral agreements and a new comprehensive partnership treaty',
        source: { id: 'unnamed-outlet-comments-closed', name: null },
        publishedDate: '2024-06',
        mentionCount: 1,
      },
    ],
    events: [
      {
        id: 'putin-arrives-in-pyongyang',
        title: 'Putin arrives in Pyongyang and is greeted by Kim Jong-un',
        date: '2024-06-19',
        precision: 'day',
        role: 'accompanying official',
      },
    ],
    coMentioned: [
      { id: 'kim-jong-un', name: 'Kim Jong-un', status: 'confirmed', sharedArticles: 3 },
      { id: 'vladimir-putin', name: 'Vladimir Putin', status: 'confirmed', sharedArticles: 3 },
      { id: 'kim-jong-il', name: 'Kim Jong-il', status: 'confirmed', sharedArticles: 2 },
      { id: 'sergey-lavrov', name: 'Sergey Lavrov', status: 'confirmed', sharedArticles: 2 },
      { id: 'yuri-ushakov', name: 'Yuri Ushakov', status: 'confirmed', sharedArticles: 2 },
      { id: 'antony-blinken', name: 'Antony Blinken', status: 'confirmed', sharedArticles: 1 },
      { id: 'denis-manturov', name: 'Denis Manturov', status: 'confirmed', sharedArticles: 1 },
      { id: 'dmitry-peskov', name: 'Dmitry Peskov', status: 'confirmed', sharedArticles: 1 },
      { id: 'jens-stoltenberg', name: 'Jens Stoltenberg', status: 'confirmed', sharedArticles: 1 },
      { id: 'mikhail-murashko', name: 'Mikhail Murashko', status: 'confirmed', sharedArticles: 1 },
    ],
  });
});

t.test('GET /v1/people/{id}: articles by mentions, events in date order, co-mentioned people only', async (t) => {
  const kim = (await get(app, '/v1/people/kim-jong-un')).json();
  t.same(
    kim.articles.map((a: Item) => [a.id, a.mentionCount]),
    [
      ['putin-lavish-welcome-kim-closer-ties', 8],
      ['putin-state-visit-partnership-treaty', 8],
      ['putin-kim-sign-comprehensive-pact', 7],
      ['kim-jong-un-warm-welcome-putin', 4],
      ['putin-kim-begin-talks-pyongyang', 4],
    ],
  );
  t.same(
    kim.events.map((e: { id: string; date: string; role: string }) => [e.id, e.date, e.role]),
    [
      ['putin-kim-talks-2019', '2019', 'participant'],
      ['putin-kim-meet-in-russian-far-east', '2023-09', 'visitor'],
      ['putin-arrives-in-pyongyang', '2024-06-19', 'host'],
      ['putin-invites-kim-to-moscow', '2024-06-19', 'invitee'],
      ['putin-kim-exchange-gifts', '2024-06-19', 'participant'],
      ['putin-kim-sign-partnership-treaty', '2024-06-19', 'signatory'],
      ['putin-kim-talks-pyongyang', '2024-06-19', 'participant'],
      ['welcoming-ceremony-kim-il-sung-square', '2024-06-19', 'host'],
    ],
  );
  t.equal(kim.coMentioned.length, 10, 'top ten');
  t.same(kim.coMentioned[0], { id: 'vladimir-putin', name: 'Vladimir Putin', status: 'confirmed', sharedArticles: 5 });
  const blinken = (await get(app, '/v1/people/antony-blinken')).json();
  t.same(
    blinken.coMentioned.map((p: { id: string; sharedArticles: number }) => [p.id, p.sharedArticles]),
    [
      ['jens-stoltenberg', 2],
      ['kim-jong-un', 2],
      ['vladimir-putin', 2],
      ['andrei-belousov', 1],
      ['denis-manturov', 1],
      ['jenny-town', 1],
      ['leif-eric-easley', 1],
      ['sergey-lavrov', 1],
      ['shin-won-sik', 1],
      ['yuri-ushakov', 1],
    ],
    'the same people as mentionedWith=antony-blinken, by shared articles',
  );
  t.same(blinken.searchAliases, ['Tony Blinken']);
  t.same(blinken.events, [
    {
      id: 'blinken-stoltenberg-comment-in-washington',
      title: "Blinken and Stoltenberg comment on Putin's visit in Washington",
      date: '2024-06-18',
      precision: 'day',
      role: 'speaker',
    },
  ]);
});

t.test('GET /v1/people/{id}: unknown ids, entities that are not people, malformed ids', async (t) => {
  const unknown = assertProblem(t, await get(app, '/v1/people/no-such-person'), 404);
  t.equal(unknown.detail, 'No person with id "no-such-person".');
  t.equal(unknown.title, 'Not found');
  const org = assertProblem(t, await get(app, '/v1/people/kremlin'), 404);
  t.equal(org.detail, '"kremlin" is an organization, not a person; see /v1/entities/kremlin.');
  t.match(
    assertProblem(t, await get(app, '/v1/people/pyongyang'), 404).detail,
    /is a place.*\/v1\/entities\/pyongyang/,
  );
  t.match(assertProblem(t, await get(app, '/v1/people/north-korea'), 404).detail, /is a country/);
  for (const id of ['Kim_Jong_Un', 'kim--jong-un', '-kim', 'kim%20jong%20un']) {
    assertProblem(t, await get(app, `/v1/people/${id}`), 400, 'params.id');
  }
  assertProblem(t, await get(app, `/v1/people/${'a'.repeat(100)}`), 404);
});

t.test('GET /v1/people: every kind of bad parameter is a 400 naming it', async (t) => {
  for (const limit of ['0', '-1', '101', '1000000000000', 'ten', '1.5', '']) {
    assertProblem(t, await get(app, `/v1/people?limit=${limit}`), 400, 'querystring.limit');
  }
  for (const min of ['0', '-3', 'many', '2.5', '1e12']) {
    assertProblem(t, await get(app, `/v1/people?minMentions=${min}`), 400, 'querystring.minMentions');
  }
  assertProblem(t, await get(app, '/v1/people?sort=popularity'), 400, 'querystring.sort');
  assertProblem(t, await get(app, '/v1/people?sort=-id'), 400, 'querystring.sort');
  assertProblem(t, await get(app, '/v1/people?includeTotal=yes'), 400, 'querystring.includeTotal');
  for (const q of ['', '%20%20', '--', '%E2%80%94%20%21']) {
    assertProblem(t, await get(app, `/v1/people?q=${q}`), 400, 'querystring.q');
  }
  assertProblem(t, await get(app, `/v1/people?q=${'a'.repeat(201)}`), 400, 'querystring.q');

  const unknownArticle = assertProblem(
    t,
    await get(app, '/v1/people?article=no-such-article'),
    400,
    'querystring.article',
  );
  t.match(unknownArticle.detail, /no-such-article/);
  assertProblem(t, await get(app, '/v1/people?source=no-such-source'), 400, 'querystring.source');
  assertProblem(t, await get(app, '/v1/people?source=newsman&source=nope'), 400, 'querystring.source');
  assertProblem(t, await get(app, '/v1/people?mentionedWith=no-one'), 400, 'querystring.mentionedWith');
  const wrongType = assertProblem(
    t,
    await get(app, '/v1/people?mentionedWith=kremlin'),
    400,
    'querystring.mentionedWith',
  );
  t.match(wrongType.detail, /not a person/);
  assertProblem(t, await get(app, '/v1/people?article=Not%20An%20Id'), 400, 'querystring.article');
  assertProblem(t, await get(app, '/v1/people?mentionedWith=Antony_Blinken'), 400, 'querystring.mentionedWith');
  const many = Array.from({ length: 21 }, () => 'mentionedWith=antony-blinken').join('&');
  assertProblem(t, await get(app, `/v1/people?${many}`), 400, 'querystring.mentionedWith');
});

t.test('GET /v1/people: cursors are refused when altered or replayed elsewhere', async (t) => {
  const first = await list<Item>(app, '/v1/people?limit=2');
  const cursor = first.nextCursor ?? '';
  t.ok(cursor);
  const flipped = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;
  const tampered = assertProblem(t, await get(app, `/v1/people?limit=2&cursor=${flipped}`), 400, 'querystring.cursor');
  t.match(tampered.detail, /altered/);
  assertProblem(t, await get(app, '/v1/people?limit=2&cursor=garbage'), 400, 'querystring.cursor');
  assertProblem(t, await get(app, `/v1/people?limit=2&cursor=${cursor}x`), 400, 'querystring.cursor');
  const other = assertProblem(
    t,
    await get(app, `/v1/people?limit=2&sort=name&cursor=${cursor}`),
    400,
    'querystring.cursor',
  );
  t.match(other.detail, /other filters or another sort/);
  assertProblem(t, await get(app, `/v1/people?limit=2&q=kim&cursor=${cursor}`), 400, 'querystring.cursor');
  assertProblem(t, await get(app, `/v1/entities?limit=2&type=person&cursor=${cursor}`), 400, 'querystring.cursor');
  t.equal((await get(app, `/v1/people?limit=5&cursor=${cursor}`)).statusCode, 200, 'the page size may change');
});

t.test('a list issues the same number of SQL statements whatever the page size', async (t) => {
  for (const query of [
    'includeTotal=true',
    'mentionedWith=antony-blinken&includeTotal=true',
    'article=putin-kim-begin-talks-pyongyang&source=unnamed-outlet-bd-link-list&q=o&minMentions=1',
  ]) {
    const one = await countRequestQueries(t, app, `/v1/people?limit=1&${query}`);
    const hundred = await countRequestQueries(t, app, `/v1/people?limit=100&${query}`);
    t.ok(one > 0, 'statements are counted');
    t.equal(one, hundred, query);
  }
  const detail = await countRequestQueries(t, app, '/v1/people/vladimir-putin');
  t.equal(detail, await countRequestQueries(t, app, '/v1/people/xi-jinping'), 'details too');
});
