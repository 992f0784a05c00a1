// The articles routes: filters, ranked full-text search with marked snippets, keyset pages, mentions, one error shape.
import t from 'tap';
import { assertProblem, buildInline, countQueries, get, ids, walk } from '../helper.ts';

interface Item {
  id: string;
  title: string | null;
  source: { id: string; name: string | null };
  published: { date: string } | null;
  topEntities: { id: string; mentionCount: number }[];
  match?: { score: number; snippet: string; highlights: { start: number; end: number }[]; snippetHtml: string };
}

const ALL = [
  'kim-jong-un-warm-welcome-putin',
  'putin-kim-begin-talks-pyongyang',
  'putin-kim-sign-comprehensive-pact',
  'putin-lavish-welcome-kim-closer-ties',
  'putin-state-visit-partnership-treaty',
];

t.test('articles', async (t) => {
  const app = await buildInline(t);

  t.test('the list: list fields only, no body', async (t) => {
    const res = await get(app, '/v1/articles');
    t.equal(res.statusCode, 200);
    const body = res.json();
    t.equal(body.data.length, 5);
    t.equal(body.nextCursor, null);
    for (const item of body.data) {
      t.notOk('body' in item, 'no body in list items');
      t.notOk('match' in item, 'no match without q');
      t.match(item, {
        id: String,
        source: { id: String },
        language: 'en',
        wordCount: Number,
        published: { date: String },
      });
      t.ok(item.topEntities.length > 0 && item.topEntities.length <= 5);
      const counts = item.topEntities.map((e: { mentionCount: number }) => e.mentionCount);
      t.same(
        counts,
        [...counts].sort((a, b) => b - a),
        'most mentioned first',
      );
    }
    t.equal(
      body.data.find((a: Item) => a.id === 'putin-kim-begin-talks-pyongyang').title,
      null,
      'no headline, no title',
    );
  });

  t.test('order: -publishedAt by (first possible day, id) descending; publishedAt the exact reverse', async (t) => {
    const newest = ids(await walk(app, '/v1/articles'));
    t.same(newest, [
      'putin-kim-begin-talks-pyongyang',
      'kim-jong-un-warm-welcome-putin',
      'putin-state-visit-partnership-treaty',
      'putin-lavish-welcome-kim-closer-ties',
      'putin-kim-sign-comprehensive-pact',
    ]);
    t.same(ids(await walk(app, '/v1/articles?sort=publishedAt')), [...newest].reverse());
  });

  t.test('pagination: every row exactly once, in order, whatever the page size', async (t) => {
    for (const sort of ['-publishedAt', 'publishedAt']) {
      const whole = ids(await walk(app, `/v1/articles?sort=${sort}&limit=100`));
      t.same(ids(await walk(app, `/v1/articles?sort=${sort}&limit=1`)), whole, `${sort} limit=1`);
      t.same(ids(await walk(app, `/v1/articles?sort=${sort}&limit=2`)), whole, `${sort} limit=2`);
    }
    const search = ids(await walk(app, '/v1/articles?q=Putin&limit=100'));
    t.equal(search.length, 5);
    t.same(ids(await walk(app, '/v1/articles?q=Putin&limit=1')), search, 'relevance pages too');
    t.same(
      ids(await walk(app, '/v1/articles?q=Putin&limit=2&sort=publishedAt')),
      ids(await walk(app, '/v1/articles?sort=publishedAt')),
    );
  });

  t.test('includeTotal counts the filtered rows', async (t) => {
    t.equal((await get(app, '/v1/articles?includeTotal=true&limit=1')).json().total, 5);
    t.equal((await get(app, '/v1/articles?includeTotal=true&person=andrei-belousov')).json().total, 3);
    t.equal((await get(app, '/v1/articles?includeTotal=true&q=Belousov')).json().total, 3);
    t.notOk('total' in (await get(app, '/v1/articles')).json());
  });

  t.test('which articles mention the defence minister', async (t) => {
    t.same(ids(await walk(app, '/v1/articles?person=andrei-belousov')).sort(), [
      'putin-kim-begin-talks-pyongyang',
      'putin-kim-sign-comprehensive-pact',
      'putin-state-visit-partnership-treaty',
    ]);
  });

  t.test('person is repeatable: articles mentioning all of them', async (t) => {
    t.same(ids(await walk(app, '/v1/articles?person=antony-blinken')).sort(), [
      'putin-kim-begin-talks-pyongyang',
      'putin-lavish-welcome-kim-closer-ties',
    ]);
    t.same(ids(await walk(app, '/v1/articles?person=antony-blinken&person=andrei-belousov')), [
      'putin-kim-begin-talks-pyongyang',
    ]);
    t.same(ids(await walk(app, '/v1/articles?person=xi-jinping&person=antony-blinken')), []);
  });

  t.test('entity of any type, repeatable; combined with person', async (t) => {
    t.same(ids(await walk(app, '/v1/articles?entity=kim-il-sung-square&entity=kumsusan-guest-palace')), [
      'putin-kim-begin-talks-pyongyang',
      'kim-jong-un-warm-welcome-putin',
      'putin-kim-sign-comprehensive-pact',
    ]);
    t.same(ids(await walk(app, '/v1/articles?entity=nato&person=jens-stoltenberg')), [
      'putin-kim-begin-talks-pyongyang',
      'putin-lavish-welcome-kim-closer-ties',
    ]);
  });

  t.test('source, language and event filters', async (t) => {
    t.same(ids(await walk(app, '/v1/articles?source=news7f')), ['putin-lavish-welcome-kim-closer-ties']);
    t.same(ids(await walk(app, '/v1/articles?source=news7f&source=newsman')), [
      'putin-lavish-welcome-kim-closer-ties',
      'putin-kim-sign-comprehensive-pact',
    ]);
    t.equal(ids(await walk(app, '/v1/articles?language=en')).length, 5);
    t.same(ids(await walk(app, '/v1/articles?language=es')), []);
    t.same(ids(await walk(app, '/v1/articles?event=putin-kim-sign-partnership-treaty')).sort(), [
      'putin-kim-sign-comprehensive-pact',
      'putin-lavish-welcome-kim-closer-ties',
      'putin-state-visit-partnership-treaty',
    ]);
    t.same(ids(await walk(app, '/v1/articles?event=putin-arrives-in-pyongyang&source=news7f')), []);
  });

  t.test('published date windows compare honestly with the precision', async (t) => {
    t.same(ids(await walk(app, '/v1/articles?from=2024-06-19&to=2024-06-19')), ['putin-kim-begin-talks-pyongyang']);
    t.same(ids(await walk(app, '/v1/articles?to=2024-06-18')), ['kim-jong-un-warm-welcome-putin']);
    t.equal(
      ids(await walk(app, '/v1/articles?from=2024-06&to=2024-06')).length,
      5,
      'all five are certainly in June 2024',
    );
    t.equal(ids(await walk(app, '/v1/articles?from=2024')).length, 5);
    t.same(ids(await walk(app, '/v1/articles?from=2024-07')), []);
    t.equal(
      ids(await walk(app, '/v1/articles?from=2024-06-19&to=2024-06-19&dateMatch=overlaps')).length,
      4,
      'the three month-precise articles may be from that day',
    );
  });

  t.test('full-text search: stemming, phrases, prefixes, boolean operators, ranked with marked snippets', async (t) => {
    const hits = (await get(app, '/v1/articles?q=Belousov')).json().data as Item[];
    t.equal(hits.length, 3);
    for (const hit of hits) {
      if (!hit.match) throw new Error('no match');
      t.ok(hit.match.highlights.length > 0);
      for (const h of hit.match.highlights) t.match(hit.match.snippet.slice(h.start, h.end), /^Belousov$/);
      t.match(hit.match.snippetHtml, /<mark>Belousov<\/mark>/);
      t.notOk(hit.match.snippet.includes('\u0002') || hit.match.snippet.includes('\u0003'), 'no snippet markers left');
    }
    const scores = hits.map((h) => h.match?.score ?? 0);
    t.same(
      scores,
      [...scores].sort((a, b) => b - a),
      'best first',
    );
    t.same(
      ids(await walk(app, '/v1/articles?q=%22Crimson%20Military%22')),
      ['putin-kim-begin-talks-pyongyang'],
      'phrase',
    );
    t.same(ids(await walk(app, '/v1/articles?q=Mantru*')), ['putin-kim-begin-talks-pyongyang'], 'prefix');
    t.equal(ids(await walk(app, '/v1/articles?q=sign')).length, 5, 'stemmed: sign finds signed and signing');
    t.same(ids(await walk(app, '/v1/articles?q=signatories')), ['putin-lavish-welcome-kim-closer-ties']);
    t.same(ids(await walk(app, '/v1/articles?q=Stoltenberg%20NOT%20Bloomberg')), ['putin-kim-begin-talks-pyongyang']);
    t.same(ids(await walk(app, '/v1/articles?q=Murashko%20OR%20Stimson')).sort(), [
      'putin-lavish-welcome-kim-closer-ties',
      'putin-state-visit-partnership-treaty',
    ]);
    t.same(ids(await walk(app, '/v1/articles?q=(Murashko%20OR%20Stimson)%20AND%20Bloomberg')), [
      'putin-lavish-welcome-kim-closer-ties',
    ]);
    t.same(
      ids(await walk(app, '/v1/articles?q=Kim%20Jong-un%20hug')).sort(),
      ['kim-jong-un-warm-welcome-putin', 'putin-kim-begin-talks-pyongyang'],
      'hyphenated word',
    );
    t.same(
      ids(await walk(app, '/v1/articles?q=Belousov&source=newsman')),
      ['putin-kim-sign-comprehensive-pact'],
      'with a filter',
    );
    t.same(ids(await walk(app, '/v1/articles?q=zzzunfindable')), []);
    const titleHit = (await get(app, '/v1/articles?q=lavish')).json().data[0] as Item;
    t.equal(titleHit.id, 'putin-lavish-welcome-kim-closer-ties');
  });

  t.test('a fixed number of queries per request, whatever the page size', async (t) => {
    for (const url of [
      '/v1/articles',
      '/v1/articles?q=Putin',
      '/v1/articles?person=vladimir-putin&includeTotal=true',
    ]) {
      const one = await countQueries(app, () => app.inject(`${url}${url.includes('?') ? '&' : '?'}limit=1`));
      const many = await countQueries(app, () => app.inject(`${url}${url.includes('?') ? '&' : '?'}limit=100`));
      t.equal(one, many, url);
      t.ok(many <= 5, `${url}: ${many} queries`);
    }
  });

  t.test('GET /v1/articles/{id}: everything', async (t) => {
    const res = await get(app, '/v1/articles/putin-state-visit-partnership-treaty');
    t.equal(res.statusCode, 200);
    const body = res.json();
    t.equal(
      body.title,
      'Putin’s state visit to North Korea: Warm welcome, bilateral agreements and a new comprehensive partnership treaty',
    );
    t.match(body.body, /^Moscow and Pyongyang have agreed/);
    t.notMatch(body.body, /Comments are closed/);
    t.match(body.rawText, /Comments are closed/);
    t.same(body.source, {
      id: 'unnamed-outlet-comments-closed',
      name: null,
      homepage: null,
      country: null,
      kind: null,
    });
    t.same(body.published, {
      date: '2024-06',
      precision: 'month',
      basis: 'inferred',
      note: body.published.note,
      time: null,
      timezone: null,
    });
    t.match(body, { origin: 'seed', url: null, ingestedAt: null }, 'a page of the seed corpus');
    t.ok(body.entities.some((e: { id: string }) => e.id === 'andrei-belousov'));
    for (const e of body.entities) t.equal(typeof e.firstOffset, 'number');
    const signing = body.events.find((e: { id: string }) => e.id === 'putin-kim-sign-partnership-treaty');
    t.ok(signing, 'attests the signing');
    t.equal(body.body.slice(signing.start, signing.end), signing.quote);
    const dates = body.events.map((e: { date: string }) => e.date);
    t.same(dates, [...dates].sort(), 'events in date order');
  });

  t.test('machine translation and republication are declared', async (t) => {
    t.equal((await get(app, '/v1/articles/kim-jong-un-warm-welcome-putin')).json().textOrigin, 'machine-translated');
    t.equal((await get(app, '/v1/articles/putin-kim-begin-talks-pyongyang')).json().textOrigin, 'machine-paraphrased');
    t.match((await get(app, '/v1/articles/putin-lavish-welcome-kim-closer-ties')).json().originalPublisher, {
      name: 'Financial Times',
      basis: 'inferred',
    });
  });

  t.test('GET /v1/articles/{id}/mentions: offsets slice out the surface; context points at it', async (t) => {
    for (const id of ALL) {
      const article = (await get(app, `/v1/articles/${id}`)).json();
      const mentions = await walk<{
        start: number;
        end: number;
        surface: string;
        entity: { id: string };
        context: { text: string; start: number; end: number };
      }>(app, `/v1/articles/${id}/mentions?limit=37`);
      t.equal(
        mentions.length,
        article.entities.reduce((n: number, e: { mentionCount: number }) => n + e.mentionCount, 0),
        id,
      );
      const starts = mentions.map((m) => m.start);
      t.same(
        starts,
        [...starts].sort((a, b) => a - b),
        `${id}: reading order`,
      );
      for (const m of mentions) {
        t.equal(article.body.slice(m.start, m.end), m.surface);
        t.equal(m.context.text.slice(m.context.start, m.context.end), m.surface);
      }
    }
    const kims = await walk<{ surface: string; matchedBy: string; context: { text: string; start: number } }>(
      app,
      '/v1/articles/putin-lavish-welcome-kim-closer-ties/mentions?entity=kim-jong-un',
    );
    t.ok(
      kims.some(
        (m) =>
          m.surface === 'Kim' &&
          m.matchedBy === 'family-name' &&
          m.context.text.slice(m.context.start - 4, m.context.start) === 'Mr. ',
      ),
      '"Mr. Kim": the family name linked, the title outside the mention',
    );
    const places = await walk<{ entity: { type: string } }>(
      app,
      '/v1/articles/putin-kim-sign-comprehensive-pact/mentions?type=place',
    );
    t.ok(places.length > 0);
    for (const m of places) t.equal(m.entity.type, 'place');
    const total = (
      await get(app, '/v1/articles/putin-kim-sign-comprehensive-pact/mentions?includeTotal=true&type=person&limit=1')
    ).json();
    t.equal(total.data.length, 1);
    t.ok(total.total > 1);
  });

  t.test('every kind of bad input: problem+json 4xx, never a 500', async (t) => {
    const bad: [string, number, (string | string[])?][] = [
      ['/v1/articles?limit=0', 400, 'querystring.limit'],
      ['/v1/articles?limit=-5', 400, 'querystring.limit'],
      ['/v1/articles?limit=101', 400, 'querystring.limit'],
      ['/v1/articles?limit=99999999999999999999', 400, ['querystring.limit', 'querystring.limit']],
      ['/v1/articles?limit=ten', 400, 'querystring.limit'],
      ['/v1/articles?limit=1.5', 400, 'querystring.limit'],
      ['/v1/articles?from=2024-02-30', 400, 'querystring.from'],
      ['/v1/articles?from=2024-13', 400, 'querystring.from'],
      ['/v1/articles?to=June', 400, ['querystring.to', 'querystring.to']],
      ['/v1/articles?from=2024-07&to=2024-06', 400, 'querystring.from'],
      ['/v1/articles?sort=title', 400, 'querystring.sort'],
      ['/v1/articles?sort=relevance', 400, 'querystring.sort'],
      ['/v1/articles?dateMatch=maybe', 400, 'querystring.dateMatch'],
      ['/v1/articles?includeTotal=yes', 400, 'querystring.includeTotal'],
      ['/v1/articles?cursor=not-a-cursor', 400, 'querystring.cursor'],
      ['/v1/articles?person=nobody-at-all', 400, 'querystring.person'],
      ['/v1/articles?person=kremlin', 400, 'querystring.person'],
      ['/v1/articles?person=Vladimir%20Putin', 400, 'querystring.person'],
      ['/v1/articles?entity=no-such-thing', 400, 'querystring.entity'],
      ['/v1/articles?source=cnn', 400, 'querystring.source'],
      ['/v1/articles?event=moon-landing', 400, 'querystring.event'],
      ['/v1/articles?language=english', 400, 'querystring.language'],
      ['/v1/articles?q=', 400, 'querystring.q'],
      ['/v1/articles?q=%22unclosed', 400, 'querystring.q'],
      ['/v1/articles?q=Putin%20AND', 400, 'querystring.q'],
      ['/v1/articles?q=NOT%20Putin', 400, 'querystring.q'],
      ['/v1/articles?q=(Putin', 400, 'querystring.q'],
      ['/v1/articles?q=Putin)', 400, 'querystring.q'],
      ['/v1/articles?q=OR', 400, 'querystring.q'],
      ['/v1/articles?q=title:Putin', 400, 'querystring.q'],
      ['/v1/articles?q=*', 400, 'querystring.q'],
      ['/v1/articles?q=%22%22', 400, 'querystring.q'],
      ['/v1/articles?q=Putin%20NEAR/2%20Kim', 400, 'querystring.q'],
      ['/v1/articles/no-such-article', 404],
      ['/v1/articles/Not_An_Id', 400, 'params.id'],
      ['/v1/articles/no-such-article/mentions', 404],
      ['/v1/articles/putin-kim-sign-comprehensive-pact/mentions?type=celebrity', 400, 'querystring.type'],
      ['/v1/articles/putin-kim-sign-comprehensive-pact/mentions?entity=nobody', 400, 'querystring.entity'],
      ['/v1/articles/putin-kim-sign-comprehensive-pact/mentions?limit=0', 400, 'querystring.limit'],
      ['/v1/articles/putin-kim-sign-comprehensive-pact/mentions?cursor=abc.def', 400, 'querystring.cursor'],
    ];
    for (const [url, status, param] of bad) {
      const body = assertProblem(t, await get(app, url), status, param);
      t.equal(body.instance, url, `${url}: instance`);
    }
  });

  t.test('a tampered cursor, or one from another query, is a 400', async (t) => {
    const first = (await get(app, '/v1/articles?limit=2')).json();
    const cursor: string = first.nextCursor;
    const flipped = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;
    const tampered = await get(app, `/v1/articles?limit=2&cursor=${encodeURIComponent(flipped)}`);
    t.equal(tampered.statusCode, 400);
    t.match(tampered.json().detail, /cursor/);
    const elsewhere = await get(app, `/v1/articles?limit=2&sort=publishedAt&cursor=${encodeURIComponent(cursor)}`);
    t.equal(elsewhere.statusCode, 400);
    t.match(elsewhere.json().invalidParams[0].reason, /other filters or another sort/);
    const otherLimit = await get(app, `/v1/articles?limit=3&cursor=${encodeURIComponent(cursor)}`);
    t.equal(otherLimit.statusCode, 200, 'the page size may change between pages');
  });
});
