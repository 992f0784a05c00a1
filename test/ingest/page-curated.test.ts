// The seed's bodies of the five curated pages are the bodies captured before the seed switched to the per-page
// pipeline (test/fixtures/curated), but for the documented normalisation, and every event quote keeps its offsets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { seededDatabase } from '../helper.ts';

const GOLDEN = join(import.meta.dirname, '..', 'fixtures', 'curated');

/** The normalisation the pipeline applies to these pages: no-break spaces to spaces, one unit for one unit. */
const normalised = (text: string) => text.replace(/\u00a0/g, ' ');

const db = new Database(seededDatabase(t), { readonly: true });
t.teardown(() => db.close());

t.test('each curated body equals its golden body, normalised', async (t) => {
  const articles = db.prepare("select id, body from articles where origin = 'seed' order by id").all() as {
    id: string;
    body: string;
  }[];
  t.equal(articles.length, 5);
  for (const { id, body } of articles) {
    const golden = readFileSync(join(GOLDEN, `${id}.body.txt`), 'utf8');
    t.equal(golden.length, body.length, `${id}: same length, so no offset moves`);
    t.equal(body, normalised(golden), `${id}: same body`);
  }
});

t.test('every event quote stands at the offsets it had', async (t) => {
  const golden = JSON.parse(readFileSync(join(GOLDEN, 'quote-offsets.json'), 'utf8')) as {
    eventId: string;
    articleId: string;
    start: number;
    end: number;
  }[];
  const now = db
    .prepare(
      `select ea.event_id as eventId, ea.article_id as articleId, ea.start, ea."end", ea.quote, a.body
       from event_attestations ea join articles a on a.id = ea.article_id order by ea.id`,
    )
    .all() as { eventId: string; articleId: string; start: number; end: number; quote: string; body: string }[];
  t.same(
    now.map(({ eventId, articleId, start, end }) => ({ eventId, articleId, start, end })),
    golden,
    'the same attestations at the same offsets',
  );
  for (const a of now) t.equal(a.body.slice(a.start, a.end), a.quote, `${a.eventId} in ${a.articleId}: verbatim`);
});
