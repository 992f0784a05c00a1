// The timeline routes: chronological keyset pages, honest partial-date windows, every filter, verbatim attestations, disputes and the error shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parse } from 'yaml';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { assertProblem, buildInline, countRequestQueries, get, type InlineApp, ids, list, walk } from '../helper.ts';

interface CorpusEvent {
  id: string;
  title: string;
  description: string;
  date: string;
  location: string | null;
  participants: { entity: string; role: string }[];
  disagreement: { about: string; summary: string } | null;
  attestations: { article: string; quote: string; claim: string | null }[];
}

const corpusEvents = parse(readFileSync(join(CORPUS_DIR, 'events.yaml'), 'utf8')) as CorpusEvent[];
const corpusArticles = parse(readFileSync(join(CORPUS_DIR, 'articles.yaml'), 'utf8')) as {
  id: string;
  source: string;
}[];
const sourceOfArticle = new Map(corpusArticles.map((a) => [a.id, a.source]));

/** The days a corpus date can mean, computed here independently of the service. */
function days(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (m === undefined) return [`${y}-01-01`, `${y}-12-31`];
  if (d === undefined) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [date, date];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const chronological = (a: CorpusEvent, b: CorpusEvent) => {
  const [as, ae] = days(a.date);
  const [bs, be] = days(b.date);
  return cmp(as, bs) || cmp(ae, be) || cmp(a.id, b.id);
};
/** Corpus events matching `keep`, as ids in timeline order. */
const expectedIds = (keep: (e: CorpusEvent) => boolean) =>
  corpusEvents
    .filter(keep)
    .sort(chronological)
    .map((e) => e.id);

interface EventBody {
  id: string;
  participants: { id: string; name: string; type: string; role: string }[];
  [key: string]: unknown;
}

let app: InlineApp;
t.before(async () => {
  app = await buildInline(t);
});

t.test('GET /v1/events lists the whole timeline in chronological order', async (t) => {
  const body = await list<EventBody>(app, '/v1/events?limit=100&includeTotal=true');
  t.equal(body.total, 35);
  t.equal(body.nextCursor, null);
  t.same(
    body.data.map((e) => e.id),
    expectedIds(() => true),
  );
  t.equal(body.data[0]?.id, 'moscow-pyongyang-treaty-1961');
  t.equal(body.data.at(-1)?.id, 'welcoming-ceremony-kim-il-sung-square');
  t.same(
    body.data.slice(1, 5).map((e) => e.id),
    [
      'moscow-pyongyang-treaty-2000',
      'putin-first-takes-office',
      'putin-first-elected-president',
      'putin-visits-pyongyang-2000',
    ],
  );
  const defaultPage = await list<EventBody>(app, '/v1/events');
  t.equal(defaultPage.data.length, 20, 'the default page holds 20');
  t.ok(defaultPage.nextCursor);
});

t.test('sort=-date reverses date start, date end and id', async (t) => {
  t.same(ids(await list(app, '/v1/events?limit=100&sort=-date')), expectedIds(() => true).reverse());
  t.same(
    ids(await list(app, '/v1/events?limit=100&sort=date')),
    expectedIds(() => true),
  );
});

t.test('an item carries every field, with real values', async (t) => {
  const body = await list<EventBody>(app, '/v1/events?from=2024-06-19&to=2024-06-19&participant=russia&limit=100');
  t.same(body.data, [
    {
      id: 'putin-kim-sign-partnership-treaty',
      title: 'Putin and Kim Jong-un sign a comprehensive strategic partnership treaty',
      description:
        'Putin and Kim signed a Treaty on Comprehensive Strategic Partnership covering relations in all spheres, including a pledge of mutual assistance in case of aggression against either party.',
      date: '2024-06-19',
      precision: 'day',
      time: null,
      timezone: 'Asia/Pyongyang',
      dateBasis: 'inferred',
      dateNote:
        'putin-kim-sign-comprehensive-pact says the pact was signed "Wednesday"; the visit was in the week of 17 June 2024, so 19 June 2024.',
      location: { id: 'pyongyang', name: 'Pyongyang', type: 'place', status: 'confirmed' },
      participants: [
        { id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person', status: 'confirmed', role: 'signatory' },
        { id: 'north-korea', name: 'North Korea', type: 'country', status: 'confirmed', role: 'party' },
        { id: 'russia', name: 'Russia', type: 'country', status: 'confirmed', role: 'party' },
        { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed', role: 'signatory' },
      ],
      attestationCount: 3,
      sourceCount: 3,
      disputed: false,
      disagreement: null,
    },
  ]);
  const [noLocation] = (await list<EventBody>(app, '/v1/events?limit=1')).data;
  t.equal(noLocation?.location, null, 'the 1961 treaty has no location');
  t.same(noLocation?.participants, [
    { id: 'moscow', name: 'Moscow', type: 'place', status: 'confirmed', role: 'party' },
    { id: 'pyongyang', name: 'Pyongyang', type: 'place', status: 'confirmed', role: 'party' },
  ]);
});

t.test('counts are of distinct articles and distinct sources', async (t) => {
  const all = new Map((await list<EventBody>(app, '/v1/events?limit=100')).data.map((e) => [e.id, e]));
  for (const event of corpusEvents) {
    const articles = new Set(event.attestations.map((a) => a.article));
    const sources = new Set([...articles].map((a) => sourceOfArticle.get(a)));
    t.equal(all.get(event.id)?.attestationCount, articles.size, `${event.id} attestationCount`);
    t.equal(all.get(event.id)?.sourceCount, sources.size, `${event.id} sourceCount`);
  }
  // Five passages from four articles: one article reports the Far East meeting twice.
  t.equal(all.get('putin-kim-meet-in-russian-far-east')?.attestationCount, 4);
  t.equal(all.get('putin-visits-pyongyang-2000')?.attestationCount, 5);
});

t.test('from/to compare partial dates honestly', async (t) => {
  t.same(ids(await list(app, '/v1/events?from=2024-06-18&to=2024-06-18&limit=100')), [
    'blinken-stoltenberg-comment-in-washington',
    'china-south-korea-security-meeting',
    'putin-approves-draft-treaty',
    'rodong-publishes-putin-article',
    'south-korea-reports-warning-shots',
  ]);
  t.same(ids(await list(app, '/v1/events?from=2000&to=2000&limit=100')), [
    'moscow-pyongyang-treaty-2000',
    'putin-first-takes-office',
    'putin-first-elected-president',
    'putin-visits-pyongyang-2000',
  ]);
  t.same(
    ids(await list(app, '/v1/events?from=2000&to=2000&dateMatch=within&limit=100')),
    ids(await list(app, '/v1/events?from=2000&to=2000&limit=100')),
    'within is the default',
  );

  const within = ids(await list(app, '/v1/events?from=2019-06&limit=100'));
  t.notOk(within.includes('xi-jinping-visits-north-korea'), 'a 2019 event is not certainly in June 2019 or later');
  t.same(
    within,
    expectedIds((e) => days(e.date)[0] >= '2019-06-01'),
  );
  const overlaps = ids(await list(app, '/v1/events?from=2019-06&dateMatch=overlaps&limit=100'));
  t.ok(overlaps.includes('xi-jinping-visits-north-korea'), 'but it may be');
  t.same(
    overlaps,
    expectedIds((e) => days(e.date)[1] >= '2019-06-01'),
  );
  t.same(ids(await list(app, '/v1/events?from=2019-06&to=2019-06&dateMatch=overlaps&limit=100')), [
    'kumsusan-guest-palace-built',
    'putin-kim-talks-2019',
    'xi-jinping-visits-north-korea',
  ]);
  t.same(ids(await list(app, '/v1/events?from=2019-06&to=2019-06&limit=100')), []);

  t.same(
    ids(await list(app, '/v1/events?to=2000&limit=100')),
    expectedIds((e) => days(e.date)[1] <= '2000-12-31'),
  );
  t.same(ids(await list(app, '/v1/events?to=2000-06&limit=100')), [
    'moscow-pyongyang-treaty-1961',
    'putin-first-elected-president',
  ]);
  t.same(
    ids(await list(app, '/v1/events?to=2000-06&dateMatch=overlaps&limit=100')),
    expectedIds((e) => days(e.date)[0] <= '2000-06-30'),
  );
  const june = ids(await list(app, '/v1/events?from=2024-06&to=2024-06&limit=100'));
  t.ok(june.includes('putin-says-moscow-considering-long-range-weapons'), '"June 2024" is within June 2024');
  t.notOk(
    ids(await list(app, '/v1/events?from=2024-06-19&limit=100')).includes(
      'putin-says-moscow-considering-long-range-weapons',
    ),
    'but not certainly on or after 19 June',
  );
});

t.test('participant: events with all of the named entities', async (t) => {
  const both = await list<EventBody>(app, '/v1/events?participant=vladimir-putin&participant=kim-jong-un&limit=100');
  t.same(
    both.data.map((e) => e.id),
    [
      'putin-kim-talks-2019',
      'putin-kim-meet-in-russian-far-east',
      'putin-arrives-in-pyongyang',
      'putin-invites-kim-to-moscow',
      'putin-kim-exchange-gifts',
      'putin-kim-sign-partnership-treaty',
      'putin-kim-talks-pyongyang',
      'welcoming-ceremony-kim-il-sung-square',
    ],
  );
  for (const event of both.data) {
    const who = event.participants.map((p) => p.id);
    t.ok(who.includes('vladimir-putin') && who.includes('kim-jong-un'), `${event.id} has both`);
  }
  const has = (e: CorpusEvent, id: string) => e.participants.some((p) => p.entity === id);
  t.same(
    ids(await list(app, '/v1/events?participant=vladimir-putin&limit=100')),
    expectedIds((e) => has(e, 'vladimir-putin')),
  );
  t.same(ids(await list(app, '/v1/events?participant=kim-jong-il&limit=100')), [
    'putin-visits-pyongyang-2000',
    'kim-jong-il-dies',
  ]);
  t.same(
    ids(await list(app, '/v1/events?participant=north-korea&limit=100')),
    expectedIds((e) => has(e, 'north-korea')),
    'a country',
  );
  t.same(
    ids(await list(app, '/v1/events?participant=vladimir-putin&participant=vladimir-putin&limit=100')),
    ids(await list(app, '/v1/events?participant=vladimir-putin&limit=100')),
    'a repeated id counts once',
  );
  t.same(ids(await list(app, '/v1/events?participant=kim-jong-il&participant=kim-jong-un&limit=100')), []);
});

t.test('location: events that took place there', async (t) => {
  const pyongyang = ids(await list(app, '/v1/events?location=pyongyang&limit=100'));
  t.same(
    pyongyang,
    expectedIds((e) => e.location === 'pyongyang'),
  );
  t.equal(pyongyang.length, 9);
  t.same(ids(await list(app, '/v1/events?location=kumsusan-guest-palace&limit=100')), [
    'kumsusan-guest-palace-built',
    'xi-jinping-visits-north-korea',
    'putin-stays-at-kumsusan-guest-palace',
  ]);
  t.same(
    ids(await list(app, '/v1/events?location=vladimir-putin&limit=100')),
    [],
    'a known entity that is no location',
  );
});

t.test('source and article: events attested by any of them', async (t) => {
  const bySources = (list: string[]) => (e: CorpusEvent) =>
    e.attestations.some((a) => list.includes(sourceOfArticle.get(a.article) ?? ''));
  const byArticles = (list: string[]) => (e: CorpusEvent) => e.attestations.some((a) => list.includes(a.article));

  t.same(ids(await list(app, '/v1/events?source=newsman&limit=100')), expectedIds(bySources(['newsman'])));
  t.same(
    ids(await list(app, '/v1/events?source=newsman&source=news7f&limit=100')),
    expectedIds(bySources(['newsman', 'news7f'])),
  );
  t.same(ids(await list(app, '/v1/events?source=news7f&from=2024-06-18&to=2024-06-18&limit=100')), [
    'blinken-stoltenberg-comment-in-washington',
    'china-south-korea-security-meeting',
  ]);

  const pact = ids(await list(app, '/v1/events?article=putin-kim-sign-comprehensive-pact&limit=100'));
  t.same(pact, expectedIds(byArticles(['putin-kim-sign-comprehensive-pact'])));
  t.same(pact, ids(await list(app, '/v1/events?source=newsman&limit=100')), 'newsman published only that article');
  t.same(
    ids(
      await list(
        app,
        '/v1/events?article=putin-kim-begin-talks-pyongyang&article=putin-state-visit-partnership-treaty&limit=100',
      ),
    ),
    expectedIds(byArticles(['putin-kim-begin-talks-pyongyang', 'putin-state-visit-partnership-treaty'])),
  );
  t.same(
    ids(await list(app, '/v1/events?article=putin-state-visit-partnership-treaty&source=newsman&limit=100')),
    expectedIds((e) => byArticles(['putin-state-visit-partnership-treaty'])(e) && bySources(['newsman'])(e)),
    'source and article combine with AND',
  );
});

t.test('q: case-insensitive substring of title or description', async (t) => {
  const matches = (needle: string) => (e: CorpusEvent) =>
    e.title.toLowerCase().includes(needle) || e.description.toLowerCase().includes(needle);
  const treaty = ids(await list(app, '/v1/events?q=treaty&limit=100'));
  t.same(treaty, expectedIds(matches('treaty')));
  t.ok(treaty.includes('putin-kim-sign-partnership-treaty'));
  t.same(ids(await list(app, '/v1/events?q=TREATY&limit=100')), treaty);
  t.same(ids(await list(app, '/v1/events?q=%20treaty%20&limit=100')), treaty, 'surrounding spaces are ignored');
  t.same(ids(await list(app, '/v1/events?q=Aurus%20limousine&limit=100')), [
    'putin-arrives-in-pyongyang',
    'putin-kim-exchange-gifts',
  ]);
  t.same(ids(await list(app, '/v1/events?q=50%25&limit=100')), [], 'a % is a plain character');
  t.same(ids(await list(app, '/v1/events?q=Xi%20Jinping&limit=100')), ['xi-jinping-visits-north-korea']);
});

t.test('disputed: exactly the three events the articles disagree about', async (t) => {
  const disputed = await list<EventBody>(app, '/v1/events?disputed=true&limit=100&includeTotal=true');
  t.same(
    disputed.data.map((e) => e.id),
    ['putin-visits-pyongyang-2000', 'putin-arrives-in-pyongyang', 'putin-kim-talks-pyongyang'],
  );
  t.equal(disputed.total, 3);
  t.same(
    disputed.data.map((e) => e.disagreement),
    [
      corpusEvents.find((e) => e.id === 'putin-visits-pyongyang-2000')?.disagreement,
      corpusEvents.find((e) => e.id === 'putin-arrives-in-pyongyang')?.disagreement,
      corpusEvents.find((e) => e.id === 'putin-kim-talks-pyongyang')?.disagreement,
    ],
  );
  t.same(
    disputed.data.map((e) => (e.disagreement as { about: string }).about),
    ['duration', 'date', 'duration'],
  );
  t.ok(disputed.data.every((e) => e.disputed === true));
  const agreed = await list<EventBody>(app, '/v1/events?disputed=false&limit=100&includeTotal=true');
  t.equal(agreed.total, 32);
  t.same(
    agreed.data.map((e) => e.id),
    expectedIds((e) => e.disagreement === null),
  );
  t.ok(agreed.data.every((e) => e.disputed === false && e.disagreement === null));
});

t.test('filters combine', async (t) => {
  t.same(
    ids(
      await list(
        app,
        '/v1/events?participant=vladimir-putin&location=pyongyang&from=2024-06-19&disputed=true&limit=100',
      ),
    ),
    ['putin-arrives-in-pyongyang', 'putin-kim-talks-pyongyang'],
  );
  t.same(ids(await list(app, '/v1/events?participant=kim-jong-un&source=news7f&q=gifts&limit=100')), [
    'putin-kim-exchange-gifts',
  ]);
  t.same(
    ids(
      await list(
        app,
        '/v1/events?from=2000&to=2019&dateMatch=overlaps&participant=vladimir-putin&sort=-date&limit=100',
      ),
    ),
    [
      'putin-kim-talks-2019',
      'putin-visits-pyongyang-2000',
      'putin-first-elected-president',
      'putin-first-takes-office',
    ],
  );
  const total = await list<EventBody>(app, '/v1/events?location=pyongyang&disputed=false&includeTotal=true&limit=1');
  t.equal(total.total, 6);
  t.equal(total.data.length, 1);
});

t.test('pagination walks every row exactly once, in the order of one big page', async (t) => {
  for (const query of [
    '/v1/events',
    '/v1/events?sort=-date',
    '/v1/events?from=2024-06-19&to=2024-06-19',
    '/v1/events?participant=vladimir-putin&sort=-date',
    '/v1/events?from=2000&to=2024-03&dateMatch=overlaps',
  ]) {
    const sep = query.includes('?') ? '&' : '?';
    const whole = ids(await list(app, `${query}${sep}limit=100`));
    t.ok(whole.length > 2, `${query} has several pages`);
    for (const limit of [1, 2]) {
      const pages = ids(await walk(app, query, limit));
      t.same(pages, whole, `${query} with limit=${limit}`);
      t.equal(new Set(pages).size, pages.length, 'no repeats');
    }
  }
  // Twelve events share 19 June 2024: the id breaks the tie across pages.
  t.equal(ids(await list(app, '/v1/events?from=2024-06-19&to=2024-06-19&limit=100')).length, 12);
});

t.test('GET /v1/events/:id: the treaty signing, with the exact words of each article', async (t) => {
  const res = await get(app, '/v1/events/putin-kim-sign-partnership-treaty');
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.equal(body.title, 'Putin and Kim Jong-un sign a comprehensive strategic partnership treaty');
  t.equal(body.attestationCount, 3);
  t.equal(body.disagreement, null);
  t.same(
    body.attestations.map((a: { article: unknown; quote: string; claim: unknown }) => [a.article, a.quote, a.claim]),
    [
      [
        {
          id: 'putin-kim-sign-comprehensive-pact',
          title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
          source: { id: 'newsman', name: 'Newsman' },
        },
        'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed Wednesday what they called a “comprehensive” diplomatic and defense pact.',
        null,
      ],
      [
        {
          id: 'putin-lavish-welcome-kim-closer-ties',
          title: 'Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties',
          source: { id: 'news7f', name: 'News7f' },
        },
        'Vladimir Putin and Kim Jong Un signed a strategic partnership aimed at strengthening trade and military ties between Russia and North Korea',
        null,
      ],
      [
        {
          id: 'putin-state-visit-partnership-treaty',
          title:
            'Putin’s state visit to North Korea: Warm welcome, bilateral agreements and a new comprehensive partnership treaty',
          source: { id: 'unnamed-outlet-comments-closed', name: null },
        },
        'Following the bilateral negotiations, Putin and Kim signed a Treaty on Comprehensive Strategic Partnership',
        null,
      ],
    ],
  );
  const { attestations: _a, disagreement: _d, ...fields } = body;
  const [listed] = (await list<EventBody>(app, '/v1/events?participant=russia&from=2024-06-19&to=2024-06-19')).data;
  const { disagreement: _ld, ...listedFields } = listed as EventBody;
  t.same(fields, listedFields, 'the detail repeats the list fields');
});

t.test('every attestation slices its quote out of the article body', async (t) => {
  const bodies = new Map(
    (app.db.$client.prepare('select id, body from articles').all() as { id: string; body: string }[]).map((r) => [
      r.id,
      r.body,
    ]),
  );
  const published = new Map(
    (app.db.$client.prepare('select id, published_sort as p from articles').all() as { id: string; p: string }[]).map(
      (r) => [r.id, r.p],
    ),
  );
  let checked = 0;
  for (const event of corpusEvents) {
    const body = (await get(app, `/v1/events/${event.id}`)).json();
    const attestations = body.attestations as { article: { id: string }; quote: string; start: number; end: number }[];
    t.equal(attestations.length, event.attestations.length, `${event.id}: every attestation`);
    t.same(
      attestations.map((a) => a.quote).sort(),
      event.attestations.map((a) => a.quote).sort(),
      `${event.id}: the corpus quotes`,
    );
    for (const a of attestations) {
      t.equal(bodies.get(a.article.id)?.slice(a.start, a.end), a.quote, `${event.id} in ${a.article.id}`);
      checked++;
    }
    const order = attestations.map((a) => [published.get(a.article.id) ?? '', a.article.id]);
    const sorted = [...order].sort((x, y) => cmp(x[0] ?? '', y[0] ?? '') || cmp(x[1] ?? '', y[1] ?? ''));
    t.same(order, sorted, `${event.id}: by publication, then article id`);
  }
  t.equal(
    checked,
    corpusEvents.reduce((n, e) => n + e.attestations.length, 0),
  );
});

t.test("a disputed event spells out each article's version", async (t) => {
  const talks = (await get(app, '/v1/events/putin-kim-talks-pyongyang')).json();
  t.same(talks.disagreement, {
    about: 'duration',
    summary:
      'putin-state-visit-partnership-treaty says the talks with delegations lasted an hour and a half and were followed by a one-on-one discussion, while putin-lavish-welcome-kim-closer-ties says the meeting lasted about two hours.',
    versions: [
      {
        articleId: 'putin-lavish-welcome-kim-closer-ties',
        sourceId: 'news7f',
        claim: 'about two hours',
        quote: 'Their meeting lasted about two hours',
      },
      {
        articleId: 'putin-state-visit-partnership-treaty',
        sourceId: 'unnamed-outlet-comments-closed',
        claim: 'an hour and a half with delegations, then a one-on-one',
        quote:
          'Talks between Kim Jong-un and Putin, which involved the countries’ delegations, lasted for an hour and a half, and were followed by a one-on-one discussion between the two leaders.',
      },
    ],
  });
  t.equal(talks.attestations.length, 4, 'attestations without a claim stay in the attestations');

  const arrival = (await get(app, '/v1/events/putin-arrives-in-pyongyang')).json();
  t.equal(arrival.disagreement.about, 'date');
  t.same(
    arrival.disagreement.versions.map((v: { articleId: string; claim: string }) => [v.articleId, v.claim]),
    // The month-precision article sorts on its first possible day, 1 June, before the 18 and 19 June ones.
    [
      ['putin-state-visit-partnership-treaty', 'landed in the early hours of Wednesday'],
      ['kim-jong-un-warm-welcome-putin', 'arrived on Tuesday'],
      ['putin-kim-begin-talks-pyongyang', 'landed before dawn on Wednesday'],
    ],
  );

  const visit2000 = (await get(app, '/v1/events/putin-visits-pyongyang-2000')).json();
  const corpus = corpusEvents.find((e) => e.id === 'putin-visits-pyongyang-2000') as CorpusEvent;
  t.equal(visit2000.disagreement.summary, corpus.disagreement?.summary);
  t.same(
    visit2000.disagreement.versions.map((v: { claim: string; quote: string }) => [v.claim, v.quote]).sort(),
    corpus.attestations.map((a) => [a.claim, a.quote]).sort(),
    'six versions, two from one article',
  );
  t.equal(visit2000.disagreement.versions.length, 6);

  const agreed = (await get(app, '/v1/events/putin-kim-sign-partnership-treaty')).json();
  t.equal(agreed.disputed, false);
  t.equal(agreed.disagreement, null);
});

t.test('bad parameters answer a problem+json 400 naming the parameter', async (t) => {
  const first = await list<EventBody>(app, '/v1/events?limit=1');
  const cursor = first.nextCursor as string;
  const flipped = `${cursor[0] === 'a' ? 'b' : 'a'}${cursor.slice(1)}`;
  const cases: [string, string | string[]][] = [
    ['/v1/events?limit=0', 'querystring.limit'],
    ['/v1/events?limit=-1', 'querystring.limit'],
    ['/v1/events?limit=101', 'querystring.limit'],
    ['/v1/events?limit=99999999999999999999', ['querystring.limit', 'querystring.limit']],
    ['/v1/events?limit=ten', 'querystring.limit'],
    ['/v1/events?limit=1.5', 'querystring.limit'],
    ['/v1/events?from=2024-02-30', 'querystring.from'],
    ['/v1/events?to=2024-13', 'querystring.to'],
    ['/v1/events?from=24-06', 'querystring.from'],
    ['/v1/events?from=2024-06-19&to=2024-06-18', 'querystring.from'],
    ['/v1/events?from=2025&to=2024', 'querystring.from'],
    ['/v1/events?sort=name', 'querystring.sort'],
    ['/v1/events?sort=date,id', 'querystring.sort'],
    ['/v1/events?dateMatch=sometimes', 'querystring.dateMatch'],
    ['/v1/events?disputed=yes', 'querystring.disputed'],
    ['/v1/events?includeTotal=1', 'querystring.includeTotal'],
    [`/v1/events?limit=1&cursor=${encodeURIComponent(flipped)}`, 'querystring.cursor'],
    [`/v1/events?limit=1&cursor=${encodeURIComponent(cursor.slice(0, -1))}`, 'querystring.cursor'],
    ['/v1/events?cursor=garbage', 'querystring.cursor'],
    [`/v1/events?limit=1&disputed=true&cursor=${encodeURIComponent(cursor)}`, 'querystring.cursor'],
    [`/v1/events?limit=1&sort=-date&cursor=${encodeURIComponent(cursor)}`, 'querystring.cursor'],
    ['/v1/events?participant=no-such-entity', 'querystring.participant'],
    ['/v1/events?participant=vladimir-putin&participant=no-such-entity', 'querystring.participant'],
    ['/v1/events?participant=newsman', 'querystring.participant'],
    ['/v1/events?participant=Vladimir_Putin', 'querystring.participant'],
    ['/v1/events?location=atlantis', 'querystring.location'],
    ['/v1/events?location=putin-kim-sign-comprehensive-pact', 'querystring.location'],
    ['/v1/events?source=no-such-source', 'querystring.source'],
    ['/v1/events?source=vladimir-putin', 'querystring.source'],
    ['/v1/events?article=no-such-article', 'querystring.article'],
    ['/v1/events?article=newsman', 'querystring.article'],
    ['/v1/events?article=putin-kim-sign-partnership-treaty', 'querystring.article'],
    ['/v1/events?q=', 'querystring.q'],
    ['/v1/events?q=%20%20', 'querystring.q'],
    [`/v1/events?q=${'x'.repeat(201)}`, 'querystring.q'],
    [
      `/v1/events?${Array.from({ length: 21 }, () => 'participant=vladimir-putin').join('&')}`,
      'querystring.participant',
    ],
  ];
  for (const [url, param] of cases) assertProblem(t, await get(app, url), 400, param);
  const unknown = await get(app, '/v1/events?participant=no-such-entity');
  t.match(unknown.json().detail, /no-such-entity/);
  const afterTo = await get(app, '/v1/events?from=2024-06-19&to=2024-06-18');
  t.same(afterTo.json().invalidParams, [
    { name: 'querystring.from', in: 'querystring', reason: 'is after to (2024-06-18)' },
  ]);
});

t.test('GET /v1/events/:id: unknown id is a 404, malformed id a 400', async (t) => {
  const missing = await get(app, '/v1/events/no-such-event');
  assertProblem(t, missing, 404);
  t.same(missing.json(), {
    type: '/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'No event with id "no-such-event".',
    instance: '/v1/events/no-such-event',
  });
  assertProblem(t, await get(app, '/v1/events/vladimir-putin'), 404);
  assertProblem(t, await get(app, '/v1/events/Not_An_Id'), 400, 'params.id');
  assertProblem(t, await get(app, `/v1/events/${'a'.repeat(100)}`), 404);
  assertProblem(t, await get(app, '/v1/events/-leading-hyphen'), 400, 'params.id');
});

t.test('an over-long path id and a malformed URL are problem+json 400s', async (t) => {
  assertProblem(t, await get(app, `/v1/events/${'a'.repeat(201)}`), 400, 'params.id');
  assertProblem(t, await get(app, '/v1/events/%E0%A4%A'), 400);
});

t.test('a request issues a fixed number of SQL statements, whatever the page size', async (t) => {
  for (const query of [
    '',
    '&includeTotal=true',
    '&participant=vladimir-putin&participant=kim-jong-un&source=newsman&article=putin-kim-sign-comprehensive-pact&location=pyongyang&includeTotal=true',
    '&from=2000&dateMatch=overlaps&q=putin&disputed=false&sort=-date',
  ]) {
    const one = await countRequestQueries(t, app, `/v1/events?limit=1${query}`);
    const hundred = await countRequestQueries(t, app, `/v1/events?limit=100${query}`);
    t.equal(one, hundred, `limit=1 and limit=100 issue as many statements (${query || 'no filter'})`);
    t.ok(one <= 6, `${one} statements`);
  }
  t.equal(
    await countRequestQueries(t, app, '/v1/events/putin-visits-pyongyang-2000'),
    await countRequestQueries(t, app, '/v1/events/kim-jong-il-dies'),
  );
  t.equal(await countRequestQueries(t, app, '/v1/events/putin-arrives-in-pyongyang'), 3);
});
