// The synthetic corpus: the same seed gives the same database, every offset points at its text, every reference
// holds, and the kept totals agree with the rows they count.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { generate } from '../../bench/generate.ts';
import { COMMON_WORD, RARE_WORDS } from '../../bench/synthetic.ts';
import { tempDir } from '../helper.ts';

const ARTICLES = 1200;
const TABLES = [
  'sources',
  'entities',
  'entity_aliases',
  'articles',
  'mentions',
  'article_entities',
  'events',
  'event_participants',
  'event_attestations',
];

type Row = Record<string, unknown>;

/** Every row of every table, in a fixed order: what "the same database" means. */
function dump(path: string): Record<string, Row[]> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((table) => [table, db.prepare(`select * from ${table} order by 1, 2`).all() as Row[]]),
    );
  } finally {
    db.close();
  }
}

t.test('the synthetic corpus', async (t) => {
  const dir = tempDir(t);
  const first = join(dir, 'a.db');
  const report = await generate(ARTICLES, 11, first);
  t.equal(report.articles, ARTICLES);
  t.ok(report.articlesPerSecond > 0 && report.bytes > 0, 'reports its speed and size');

  t.test('is deterministic for a seed, and another seed gives another corpus', async (t) => {
    const again = join(dir, 'b.db');
    await generate(ARTICLES, 11, again);
    const a = dump(first);
    t.same(dump(again), a, 'the same rows in every table');
    const other = join(dir, 'c.db');
    await generate(ARTICLES, 12, other);
    t.not(JSON.stringify(dump(other).articles), JSON.stringify(a.articles), 'seed 12 writes other articles');
  });

  const db = new Database(first, { readonly: true });
  t.teardown(() => db.close());
  const all = (query: string, ...params: unknown[]) => db.prepare(query).all(...params) as Row[];
  const one = (query: string, ...params: unknown[]) => db.prepare(query).get(...params) as Row;

  t.test('has the shape the benchmark needs', async (t) => {
    t.equal(one('select count(*) as n from articles').n, ARTICLES);
    const sources = one('select count(*) as n from sources').n as number;
    t.ok(sources >= 40 && sources <= 60, `about 50 sources (${sources})`);
    const entities = one('select count(*) as n from entities').n as number;
    t.ok(entities >= 1500, `about 2,000 entities (${entities})`);
    t.ok(
      (one("select count(*) as n from entity_aliases where kind = 'alias'").n as number) > 0,
      'entities have aliases',
    );
    const perArticle = (one('select count(*) as n from mentions').n as number) / ARTICLES;
    t.ok(perArticle >= 2 && perArticle <= 5, `about 3 mentions per article (${perArticle.toFixed(2)})`);
    const words = one('select min(word_count) as low, max(word_count) as high from articles');
    t.ok(
      (words.low as number) >= 200 && (words.high as number) <= 800,
      `bodies of realistic length (${words.low} to ${words.high} words)`,
    );
    const span = one('select min(published_date) as first, max(published_date) as last from articles');
    t.ok(String(span.first) < String(span.last), `dated over time (${span.first} to ${span.last})`);
    t.ok((one('select count(*) as n from events').n as number) > 0, 'a timeline');
    const common = one('select count(*) as n from article_search where article_search match ?', COMMON_WORD)
      .n as number;
    const rare = one('select count(*) as n from article_search where article_search match ?', RARE_WORDS[0])
      .n as number;
    t.ok(common > ARTICLES / 2, `the common word is in most articles (${common})`);
    t.ok(rare > 0 && rare < ARTICLES / 20, `the rare word in few (${rare})`);
  });

  t.test('every offset points at its text', async (t) => {
    const bodies = new Map(all('select id, body from articles').map((r) => [r.id as string, r.body as string]));
    const wrong = (rows: Row[], text: string) =>
      rows.filter((r) => bodies.get(r.articleId as string)?.slice(r.start as number, r.end as number) !== r[text]);
    const mentions = all('select article_id as articleId, start, "end", surface from mentions');
    t.ok(mentions.length > 0);
    t.same(wrong(mentions, 'surface'), [], 'body.slice(start, end) is the surface of every mention');
    const quotes = all('select article_id as articleId, start, "end", quote from event_attestations');
    t.ok(quotes.length > 0);
    t.same(wrong(quotes, 'quote'), [], 'body.slice(start, end) is the quote of every attestation');
    const first = all(`select ae.article_id as articleId, ae.first_offset as firstOffset, min(m.start) as start
      from article_entities ae join mentions m on m.article_id = ae.article_id and m.entity_id = ae.entity_id
      group by ae.article_id, ae.entity_id having ae.first_offset <> min(m.start)`);
    t.same(first, [], "each entity's first offset is its first mention");
  });

  t.test('every reference holds, and the kept totals agree with the rows', async (t) => {
    t.same(all('pragma foreign_key_check'), [], 'no dangling foreign key');
    t.same(all('pragma integrity_check'), [{ integrity_check: 'ok' }]);
    t.same(
      all(`select ae.article_id, ae.entity_id from article_entities ae
        where ae.mention_count <> (select count(*) from mentions m
          where m.article_id = ae.article_id and m.entity_id = ae.entity_id)
        or ae.published_sort <> (select published_sort from articles a where a.id = ae.article_id)`),
      [],
      'article_entities counts the mentions and carries the published date',
    );
    t.same(
      all(`select id from entities e
        where mention_count <> (select count(*) from mentions m where m.entity_id = e.id)
        or article_count <> (select count(*) from article_entities ae where ae.entity_id = e.id)`),
      [],
      'entity totals',
    );
    t.same(
      all(`select id from events ev
        where attestation_count <> (select count(distinct article_id) from event_attestations ea where ea.event_id = ev.id)
        or attestation_count = 0`),
      [],
      'every event is attested, and counts its articles',
    );
    const mismatched = all('select id, top_entities as top from articles').filter((row) => {
      const expected = all(
        `select e.id, e.name, e.type, ae.mention_count as mentionCount from article_entities ae
          join entities e on e.id = ae.entity_id where ae.article_id = ? order by ae.mention_count desc, e.id limit 5`,
        row.id,
      );
      return JSON.stringify(expected) !== row.top;
    });
    t.same(mismatched, [], "each article's top entities are its most-mentioned ones");
    t.equal(one('select count(*) as n from article_search').n, ARTICLES, 'the full-text index has every article');
  });
});
