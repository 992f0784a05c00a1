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
  type: string;
  mentionCount: number;
  articleCount: number;
  [key: string]: unknown;
}
type List = ListBody<Item>;

const rows = (page: List) => page.data.map((e) => [e.id, e.type, e.mentionCount, e.articleCount]);

t.test('GET /v1/entities lists all 52 entities, most mentioned first, ties by id', async (t) => {
  const page = await list<Item>(app, '/v1/entities?limit=8&includeTotal=true');
  t.equal(page.total, 52);
  t.same(rows(page), [
    ['vladimir-putin', 'person', 61, 5],
    ['russia', 'country', 44, 5],
    ['north-korea', 'country', 42, 5],
    ['kim-jong-un', 'person', 31, 5],
    ['pyongyang', 'place', 29, 5],
    ['ukraine', 'country', 18, 5],
    ['moscow', 'place', 15, 4],
    ['united-states', 'country', 10, 4],
  ]);
  t.same(page.data[2], {
    id: 'north-korea',
    name: 'North Korea',
    type: 'country',
    status: 'confirmed',
    aliases: ['DPRK', 'Democratic People’s Republic of Korea'],
    searchAliases: ["Democratic People's Republic of Korea"],
    description: 'Country in East Asia occupying the northern part of the Korean Peninsula.',
    wikidataId: 'Q423',
    mentionCount: 42,
    articleCount: 5,
  });
  t.ok(page.nextCursor);
});

t.test('type filters by one or several types', async (t) => {
  const sizes: Record<string, number> = { person: 16, organization: 12, place: 14, country: 10 };
  for (const [type, size] of Object.entries(sizes)) {
    const page = await list<Item>(app, `/v1/entities?type=${type}&limit=100&includeTotal=true`);
    t.equal(page.total, size, type);
    t.equal(page.data.length, size);
    t.ok(
      page.data.every((e) => e.type === type),
      `only ${type}`,
    );
  }
  const people = await list<Item>(app, '/v1/people?limit=100');
  const persons = await list<Item>(app, '/v1/entities?type=person&limit=100');
  t.same(
    persons.data.map(({ type: _type, ...rest }) => rest),
    people.data,
    '/people is /entities?type=person without the type',
  );
  t.equal((await list<Item>(app, '/v1/entities?type=place&type=country&includeTotal=true')).total, 24);
  t.same(ids(await list<Item>(app, '/v1/entities?type=organization&sort=name')), [
    'aurus',
    'bloomberg',
    'ewha-womans-university',
    'kcna',
    'kremlin',
    'nato',
    'ria-novosti',
    'red-army',
    'rodong-sinmun',
    'stimson-center',
    'united-nations',
    'un-security-council',
  ]);
});

t.test('q finds any entity by its name, the forms the texts use and search spellings', async (t) => {
  t.same(rows(await list<Item>(app, '/v1/entities?q=kim%20il%20sung')), [['kim-il-sung-square', 'place', 4, 4]]);
  t.same(ids(await list<Item>(app, '/v1/entities?q=kim')), ['kim-jong-un', 'kim-il-sung-square', 'kim-jong-il']);
  t.same(ids(await list<Item>(app, '/v1/entities?q=kim&type=place')), ['kim-il-sung-square']);
  t.same(ids(await list<Item>(app, '/v1/entities?q=dprk')), ['north-korea'], 'an alias seen in the texts');
  t.same(
    ids(await list<Item>(app, `/v1/entities?q=${encodeURIComponent("Democratic People's Republic")}`)),
    ['north-korea'],
    'the apostrophe does not matter',
  );
  t.same(
    ids(await list<Item>(app, '/v1/entities?q=russia')),
    ['russia', 'kremlin', 'russian-far-east'],
    'Kremlin by its search alias "Presidential Administration of Russia"',
  );
  t.same(ids(await list<Item>(app, '/v1/entities?q=KIM%20JONG%20UN')), ['kim-jong-un']);
  t.same(ids(await list<Item>(app, '/v1/entities?q=washington%20d.c.')), ['washington-dc']);
  t.same(ids(await list<Item>(app, '/v1/entities?q=atlantis&includeTotal=true')), []);
});

t.test('article, source and minMentions: counts within the articles', async (t) => {
  const pact = await list<Item>(
    app,
    '/v1/entities?article=putin-kim-sign-comprehensive-pact&includeTotal=true&limit=4',
  );
  t.equal(pact.total, 15);
  t.same(rows(pact), [
    ['vladimir-putin', 'person', 16, 1],
    ['russia', 'country', 9, 1],
    ['kim-jong-un', 'person', 7, 1],
    ['north-korea', 'country', 5, 1],
  ]);
  const countries = [
    ['russia', 'country', 9, 1],
    ['north-korea', 'country', 5, 1],
    ['ukraine', 'country', 3, 1],
    ['vietnam', 'country', 2, 1],
    ['soviet-union', 'country', 1, 1],
  ];
  t.same(rows(await list<Item>(app, '/v1/entities?article=putin-kim-sign-comprehensive-pact&type=country')), countries);
  t.same(
    rows(await list<Item>(app, '/v1/entities?source=newsman&type=country')),
    countries,
    'Newsman published that article',
  );
  t.same(rows(await list<Item>(app, '/v1/entities?source=newsman&type=country&minMentions=3')), countries.slice(0, 3));
  t.same(
    rows(
      await list<Item>(
        app,
        '/v1/entities?article=putin-kim-sign-comprehensive-pact&article=putin-lavish-welcome-kim-closer-ties&type=place&type=country&minMentions=5',
      ),
    ),
    [
      ['russia', 'country', 26, 2],
      ['north-korea', 'country', 18, 2],
      ['ukraine', 'country', 10, 2],
      ['pyongyang', 'place', 7, 2],
    ],
  );
  t.same(ids(await list<Item>(app, '/v1/entities?source=news7f&article=putin-kim-sign-comprehensive-pact')), []);
  t.same(ids(await list<Item>(app, '/v1/entities?minMentions=20')), [
    'vladimir-putin',
    'russia',
    'north-korea',
    'kim-jong-un',
    'pyongyang',
  ]);
  t.same(ids(await list<Item>(app, '/v1/entities?minMentions=5&type=organization')), ['kremlin', 'united-nations']);
  t.same(rows(await list<Item>(app, '/v1/entities?source=news7f&q=seoul')), [['seoul', 'place', 3, 1]]);
});

t.test('sorts, and pagination walking every row exactly once in the order of one big page', async (t) => {
  const all = (await list<Item>(app, '/v1/entities?limit=100')).data;
  t.equal(all.length, 52);
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
    const whole = ids(await list<Item>(app, `/v1/entities?sort=${sort}&limit=100`));
    t.same(
      whole,
      [...all].sort(compare).map((e) => e.id),
      sort,
    );
    for (const limit of [1, 2]) {
      const walked = ids(await walk<Item>(app, `/v1/entities?sort=${sort}`, limit));
      t.same(walked, whole, `${sort} limit=${limit}`);
    }
  }
  for (const url of [
    '/v1/entities?type=place&type=organization&sort=-articles',
    '/v1/entities?article=putin-state-visit-partnership-treaty&sort=mentions',
    '/v1/entities?q=korea&sort=-name',
  ]) {
    const whole = ids(await list<Item>(app, `${url}&limit=100`));
    t.ok(whole.length > 2, url);
    for (const limit of [1, 2]) t.same(ids(await walk<Item>(app, url, limit)), whole, `${url} limit=${limit}`);
  }
});

t.test('GET /v1/entities/{id}: a place, with co-mentioned entities of every type', async (t) => {
  const res = await get(app, '/v1/entities/kim-il-sung-square');
  t.equal(res.statusCode, 200);
  t.same(res.json(), {
    id: 'kim-il-sung-square',
    name: 'Kim Il-sung Square',
    type: 'place',
    status: 'confirmed',
    aliases: ['Kim Il Sung Sq.', 'Kim Il Sung Square'],
    searchAliases: [],
    familyName: null,
    description: 'Central square of Pyongyang, venue of parades and of the welcoming ceremony for Putin.',
    foundBy: null,
    wikidataId: null,
    mentionCount: 4,
    articleCount: 4,
    articles: [
      {
        id: 'kim-jong-un-warm-welcome-putin',
        title: 'This was Kim Jong-un’s warm welcome to Vladimir Putin on his historic visit to North Korea',
        source: { id: 'unnamed-outlet-peru-health-links', name: null },
        publishedDate: '2024-06-18',
        mentionCount: 1,
      },
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
    events: [],
    coMentioned: [
      { id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person', status: 'confirmed', sharedArticles: 4 },
      { id: 'north-korea', name: 'North Korea', type: 'country', status: 'confirmed', sharedArticles: 4 },
      { id: 'pyongyang', name: 'Pyongyang', type: 'place', status: 'confirmed', sharedArticles: 4 },
      { id: 'russia', name: 'Russia', type: 'country', status: 'confirmed', sharedArticles: 4 },
      { id: 'ukraine', name: 'Ukraine', type: 'country', status: 'confirmed', sharedArticles: 4 },
      { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed', sharedArticles: 4 },
      { id: 'andrei-belousov', name: 'Andrei Belousov', type: 'person', status: 'confirmed', sharedArticles: 3 },
      { id: 'kim-jong-il', name: 'Kim Jong-il', type: 'person', status: 'confirmed', sharedArticles: 3 },
      { id: 'kremlin', name: 'Kremlin', type: 'organization', status: 'confirmed', sharedArticles: 3 },
      {
        id: 'kumsusan-guest-palace',
        name: 'Kumsusan Guest Palace',
        type: 'place',
        status: 'confirmed',
        sharedArticles: 3,
      },
    ],
  });
});

t.test('GET /v1/entities/{id}: a person and an organization', async (t) => {
  const putin = (await get(app, '/v1/entities/vladimir-putin')).json();
  t.equal(putin.type, 'person');
  t.equal(putin.familyName, 'Putin');
  t.same(
    putin.coMentioned.map((e: Item & { sharedArticles: number }) => [e.id, e.type, e.sharedArticles]),
    [
      ['kim-jong-un', 'person', 5],
      ['north-korea', 'country', 5],
      ['pyongyang', 'place', 5],
      ['russia', 'country', 5],
      ['ukraine', 'country', 5],
      ['kim-il-sung-square', 'place', 4],
      ['kremlin', 'organization', 4],
      ['moscow', 'place', 4],
      ['united-states', 'country', 4],
      ['andrei-belousov', 'person', 3],
    ],
    'entities of any type, unlike /people/vladimir-putin',
  );
  const asPerson = (await get(app, '/v1/people/vladimir-putin')).json();
  t.same(asPerson.coMentioned.map((p: { id: string }) => p.id).slice(0, 3), [
    'kim-jong-un',
    'andrei-belousov',
    'kim-jong-il',
  ]);
  const { type: _type, coMentioned: _all, ...rest } = putin;
  const { coMentioned: _people, ...personRest } = asPerson;
  t.same(rest, personRest, 'the rest of the detail is the same on both routes');
  t.equal(putin.events.length, 21);
  t.same(putin.events[0], {
    id: 'putin-first-takes-office',
    title: 'Putin first takes office as president of Russia',
    date: '2000',
    precision: 'year',
    role: 'subject',
  });
  t.same(
    putin.articles.map((a: { id: string; mentionCount: number }) => [a.id, a.mentionCount]),
    [
      ['putin-kim-sign-comprehensive-pact', 16],
      ['kim-jong-un-warm-welcome-putin', 13],
      ['putin-lavish-welcome-kim-closer-ties', 12],
      ['putin-kim-begin-talks-pyongyang', 10],
      ['putin-state-visit-partnership-treaty', 10],
    ],
  );

  const kremlin = (await get(app, '/v1/entities/kremlin')).json();
  t.match(kremlin, {
    id: 'kremlin',
    type: 'organization',
    familyName: null,
    aliases: [],
    searchAliases: ['Presidential Administration of Russia'],
    mentionCount: 6,
    articleCount: 4,
    events: [],
  });
  t.same(
    kremlin.articles.map((a: { id: string; mentionCount: number }) => [a.id, a.mentionCount]),
    [
      ['kim-jong-un-warm-welcome-putin', 3],
      ['putin-kim-sign-comprehensive-pact', 1],
      ['putin-lavish-welcome-kim-closer-ties', 1],
      ['putin-state-visit-partnership-treaty', 1],
    ],
  );
});

t.test('GET /v1/entities/{id}: unknown and malformed ids', async (t) => {
  const unknown = assertProblem(t, await get(app, '/v1/entities/atlantis'), 404);
  t.equal(unknown.detail, 'No entity with id "atlantis".');
  t.equal(unknown.instance, '/v1/entities/atlantis');
  for (const id of ['Kremlin', 'kim_il_sung', 'north-korea-', 'a%20b']) {
    assertProblem(t, await get(app, `/v1/entities/${id}`), 400, 'params.id');
  }
});

t.test('GET /v1/entities: every kind of bad parameter is a 400 naming it', async (t) => {
  for (const type of ['alien', 'Person', 'people', '']) {
    const body = assertProblem(t, await get(app, `/v1/entities?type=${type}`), 400, 'querystring.type');
    t.match(body.detail, 'must be one of person, organization, place, country');
  }
  assertProblem(t, await get(app, '/v1/entities?type=person&type=alien'), 400, 'querystring.type');
  for (const limit of ['0', '-5', '101', 'all', '2.5']) {
    assertProblem(t, await get(app, `/v1/entities?limit=${limit}`), 400, 'querystring.limit');
  }
  for (const min of ['0', '-1', 'lots', '0.5']) {
    assertProblem(t, await get(app, `/v1/entities?minMentions=${min}`), 400, 'querystring.minMentions');
  }
  assertProblem(t, await get(app, '/v1/entities?sort=type'), 400, 'querystring.sort');
  assertProblem(t, await get(app, '/v1/entities?q=%3F%21'), 400, 'querystring.q');
  assertProblem(t, await get(app, '/v1/entities?q='), 400, 'querystring.q');
  assertProblem(t, await get(app, '/v1/entities?article=atlantis-news'), 400, 'querystring.article');
  assertProblem(t, await get(app, '/v1/entities?article=kim-jong-un'), 400, 'querystring.article');
  assertProblem(t, await get(app, '/v1/entities?source=pravda'), 400, 'querystring.source');
  assertProblem(t, await get(app, '/v1/entities?source=News7f'), 400, 'querystring.source');

  const first = await list<Item>(app, '/v1/entities?limit=3&type=place');
  const cursor = first.nextCursor ?? '';
  t.ok(cursor);
  const flipped = `${cursor.slice(0, 7)}${cursor[7] === 'Q' ? 'R' : 'Q'}${cursor.slice(8)}`;
  assertProblem(t, await get(app, `/v1/entities?limit=3&type=place&cursor=${flipped}`), 400, 'querystring.cursor');
  const replayed = assertProblem(
    t,
    await get(app, `/v1/entities?limit=3&type=country&cursor=${cursor}`),
    400,
    'querystring.cursor',
  );
  t.match(replayed.detail, /other filters/);
  assertProblem(t, await get(app, `/v1/people?limit=3&cursor=${cursor}`), 400, 'querystring.cursor');
  t.same(
    ids(await list<Item>(app, `/v1/entities?limit=3&type=place&cursor=${cursor}`)),
    ['korean-peninsula', 'kumsusan-guest-palace', 'seoul'],
    'the untouched cursor resumes after the third place',
  );
});

t.test('a list issues the same number of SQL statements whatever the page size', async (t) => {
  for (const query of [
    'includeTotal=true',
    'type=place&type=country&q=a&includeTotal=true',
    'article=putin-kim-sign-comprehensive-pact&source=newsman&minMentions=1&sort=name',
  ]) {
    const one = await countRequestQueries(t, app, `/v1/entities?limit=1&${query}`);
    const hundred = await countRequestQueries(t, app, `/v1/entities?limit=100&${query}`);
    t.ok(one > 0, 'statements are counted');
    t.equal(one, hundred, query);
  }
  t.equal(
    await countRequestQueries(t, app, '/v1/entities/vladimir-putin'),
    await countRequestQueries(t, app, '/v1/entities/sunan-international-airport'),
  );
});
