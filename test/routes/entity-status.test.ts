// Confirmed and candidate entities: the status filter of /people and /entities, a candidate's null description and how it was found, the status on every entity ref, and mentions by how they were linked.
import Database from 'better-sqlite3';
import t from 'tap';
import { MATCHED_BY } from '../../src/db/schema.ts';
import { assertProblem, buildInline, get, getJson, type InlineApp, ids, list, walk } from '../helper.ts';
import { CANDIDATE, CANDIDATE_ARTICLE, quotationDatabase } from './quotation-fixtures.ts';

interface Item {
  id: string;
  name: string;
  type?: string;
  status: string;
  description: string | null;
  mentionCount: number;
}

interface Ref {
  id: string;
  status: string;
}

const fixture = quotationDatabase(t);
let app: InlineApp;
t.before(async () => {
  app = await buildInline(t, fixture.path);
});

/** Rows of the test's database, read apart from the service. */
function rows<T>(query: string, ...params: unknown[]): T[] {
  const db = new Database(fixture.path, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

const listed = (where: string) =>
  rows<{ id: string }>(`select id from entities where mention_count > 0 and ${where} order by id`).map((r) => r.id);
const sorted = (values: string[]) => [...values].sort();

t.test('lists: every item carries its status; both statuses by default', async (t) => {
  const people = await walk<Item>(app, '/v1/people?limit=100');
  t.same(sorted(ids(people)), listed("type = 'person'"));
  t.same(
    people.filter((p) => p.status === 'candidate').map((p) => p.id),
    [CANDIDATE.id],
  );
  t.ok(
    people.every((p) => p.status === 'confirmed' || p.id === CANDIDATE.id),
    'the others are confirmed',
  );
  const entities = await walk<Item>(app, '/v1/entities?limit=100');
  t.same(sorted(ids(entities)), listed('1'));
  t.same(
    ids(await walk<Item>(app, '/v1/people?status=confirmed&status=candidate')),
    ids(people),
    'both statuses named are the default',
  );
});

t.test('status filters /people and /entities, alone or with the other filters', async (t) => {
  t.same(ids(await walk<Item>(app, '/v1/people?status=candidate')), [CANDIDATE.id]);
  t.same(
    sorted(ids(await walk<Item>(app, '/v1/people?status=confirmed', 3))),
    listed("type = 'person' and status = 'confirmed'"),
  );
  t.same(ids(await walk<Item>(app, '/v1/entities?status=candidate')), [CANDIDATE.id]);
  t.same(ids(await walk<Item>(app, '/v1/entities?status=candidate&type=place')), []);
  t.same(
    sorted(ids(await walk<Item>(app, '/v1/entities?status=confirmed&type=place&type=country'))),
    listed("status = 'confirmed' and type in ('place', 'country')"),
  );
  t.equal(
    (await list<Item>(app, '/v1/entities?status=confirmed&includeTotal=true&limit=1')).total,
    listed("status = 'confirmed'").length,
  );
  t.same(ids(await walk<Item>(app, '/v1/people?status=candidate&q=vasnetsov')), [CANDIDATE.id], 'found by name');
  t.same(ids(await walk<Item>(app, '/v1/people?status=confirmed&q=vasnetsov')), []);
  t.same(
    ids(await walk<Item>(app, `/v1/people?status=candidate&article=${CANDIDATE_ARTICLE}`)),
    [CANDIDATE.id],
    'counts within an article',
  );
  t.same(ids(await walk<Item>(app, `/v1/people?article=${CANDIDATE_ARTICLE}&sort=name`)), [
    CANDIDATE.id,
    'vladimir-putin',
  ]);
  t.same(ids(await walk<Item>(app, '/v1/people?status=candidate&article=putin-kim-sign-comprehensive-pact')), []);

  for (const value of ['pending', 'Confirmed', '']) {
    const body = assertProblem(t, await get(app, `/v1/people?status=${value}`), 400, 'querystring.status');
    t.match(body.detail, 'must be one of confirmed, candidate');
  }
  assertProblem(t, await get(app, '/v1/entities?status=confirmed&status=maybe'), 400, 'querystring.status');

  const first = await list<Item>(app, '/v1/people?status=confirmed&limit=2');
  assertProblem(
    t,
    await get(app, `/v1/people?status=candidate&limit=2&cursor=${first.nextCursor}`),
    400,
    'querystring.cursor',
  );
});

t.test(
  'a candidate: null description, how it was found; a confirmed entity: its description, foundBy null',
  async (t) => {
    const item = (await list<Item>(app, '/v1/people?status=candidate')).data[0];
    t.same(item, {
      id: CANDIDATE.id,
      name: CANDIDATE.name,
      status: 'candidate',
      aliases: [],
      searchAliases: [],
      description: null,
      wikidataId: null,
      mentionCount: 2,
      articleCount: 1,
    });
    const person = await getJson<Record<string, unknown>>(app, `/v1/people/${CANDIDATE.id}`);
    t.match(person, {
      id: CANDIDATE.id,
      status: 'candidate',
      description: null,
      foundBy: CANDIDATE.foundBy,
      familyName: 'Vasnetsov',
      articles: [{ id: CANDIDATE_ARTICLE, mentionCount: 2 }],
      coMentioned: [{ id: 'vladimir-putin', name: 'Vladimir Putin', status: 'confirmed', sharedArticles: 1 }],
    });
    const entity = await getJson<Record<string, unknown>>(app, `/v1/entities/${CANDIDATE.id}`);
    t.match(entity, { type: 'person', status: 'candidate', description: null, foundBy: CANDIDATE.foundBy });

    const putin = await getJson<Record<string, unknown>>(app, '/v1/people/vladimir-putin');
    t.match(putin, { status: 'confirmed', description: 'President of Russia.', foundBy: null });
    t.ok(
      (putin.coMentioned as Ref[]).every((p) => p.status === (p.id === CANDIDATE.id ? 'candidate' : 'confirmed')),
      'co-mentioned people carry their status',
    );
  },
);

t.test('entity refs elsewhere carry the status', async (t) => {
  const candidateArticle = (
    await walk<{ id: string; topEntities: (Ref & { mentionCount: number })[] }>(app, '/v1/articles')
  ).find((a) => a.id === CANDIDATE_ARTICLE);
  t.same(candidateArticle?.topEntities, [
    { id: CANDIDATE.id, name: CANDIDATE.name, type: 'person', status: 'candidate', mentionCount: 2 },
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed', mentionCount: 1 },
  ]);
  const searched = await list<{ id: string; topEntities: Ref[] }>(app, '/v1/articles?q=ratified');
  t.same(
    searched.data.map((a) => a.topEntities.map((e) => e.status)),
    [['candidate', 'confirmed']],
    'search hits too',
  );
  for (const article of await walk<{ topEntities: Ref[] }>(app, '/v1/articles')) {
    t.ok(
      article.topEntities.every((e) => e.status === (e.id === CANDIDATE.id ? 'candidate' : 'confirmed')),
      'every top entity has its status',
    );
  }

  const detail = await getJson<{ entities: (Ref & { firstOffset: number })[] }>(
    app,
    `/v1/articles/${CANDIDATE_ARTICLE}`,
  );
  t.same(
    detail.entities.map((e) => [e.id, e.status]),
    [
      [CANDIDATE.id, 'candidate'],
      ['vladimir-putin', 'confirmed'],
    ],
  );

  const events = await walk<{ location: Ref | null; participants: Ref[] }>(app, '/v1/events?limit=100');
  t.ok(events.length > 0);
  t.ok(
    events.every((e) => (e.location?.status ?? 'confirmed') === 'confirmed' && e.participants.every((p) => p.status)),
    'event locations and participants carry it',
  );
  const event = await getJson<{ participants: Ref[] }>(app, '/v1/events/putin-kim-sign-partnership-treaty');
  t.ok(event.participants.length > 0 && event.participants.every((p) => p.status === 'confirmed'));
});

t.test('mentions: the entity with its status, and matchedBy as a filter', async (t) => {
  type Mention = { entity: Ref; surface: string; matchedBy: string };
  const mentions = await walk<Mention>(app, `/v1/articles/${CANDIDATE_ARTICLE}/mentions`);
  t.same(
    mentions.map((m) => [m.surface, m.entity.id, m.entity.status, m.matchedBy]),
    [
      ['Oleg Vasnetsov', CANDIDATE.id, 'candidate', 'exact'],
      ['Vasnetsov', CANDIDATE.id, 'candidate', 'family-name'],
      ['Vladimir Putin', 'vladimir-putin', 'confirmed', 'exact'],
    ],
  );
  const surfaces = async (query: string) =>
    (await walk<Mention>(app, `/v1/articles/${CANDIDATE_ARTICLE}/mentions?${query}`)).map((m) => m.surface);
  t.same(await surfaces('matchedBy=exact'), ['Oleg Vasnetsov', 'Vladimir Putin']);
  t.same(await surfaces('matchedBy=family-name'), ['Vasnetsov']);
  t.same(await surfaces('matchedBy=exact&matchedBy=family-name'), ['Oleg Vasnetsov', 'Vasnetsov', 'Vladimir Putin']);
  t.same(await surfaces('matchedBy=context'), []);
  t.same(await surfaces(`matchedBy=exact&entity=${CANDIDATE.id}`), ['Oleg Vasnetsov']);

  // A seeded article: each way of linking gives exactly its own mentions, whatever the linker found.
  const article = 'putin-lavish-welcome-kim-closer-ties';
  const counted = new Map(
    rows<{ matchedBy: string; n: number }>(
      'select matched_by as matchedBy, count(*) as n from mentions where article_id = ? group by matched_by',
      article,
    ).map((r) => [r.matchedBy, r.n]),
  );
  for (const way of MATCHED_BY) {
    const found = await walk<Mention>(app, `/v1/articles/${article}/mentions?matchedBy=${way}`, 50);
    t.equal(found.length, counted.get(way) ?? 0, `${way}: as many as stored`);
    t.ok(
      found.every((m) => m.matchedBy === way),
      `${way}: only those`,
    );
  }
  const body = assertProblem(
    t,
    await get(app, `/v1/articles/${article}/mentions?matchedBy=fuzzy`),
    400,
    'querystring.matchedBy',
  );
  t.match(body.detail, 'must be one of exact, alias, family-name, context');
});
