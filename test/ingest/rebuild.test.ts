// A rebuild from seed/ replaces the curated content in place and keeps every ingested page, linked again to the new
// entities; a rebuild that fails leaves the database as it was; files that are not ours are refused or moved aside.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { parse, stringify } from 'yaml';
import { openDatabase } from '../../src/db/client.ts';
import { identifyDatabase } from '../../src/db/identify.ts';
import { seedDatabase } from '../../src/ingest/build-database.ts';
import { ingestPage } from '../../src/ingest/store.ts';
import { CORPUS_DIR } from '../../src/paths.ts';
import { dumpTables, seededDatabase, tempDir } from '../helper.ts';

/** A page no curated article has: names people of the corpus, a word of its own, and a name no entity has yet. */
const PAGE = [
  'Talks in Pyongyang end with a pledge of closer ties',
  'Vladimir Putin and Kim Jong-un ended two days of talks in Pyongyang on Thursday with a pledge of closer ties.',
  'Putin thanked his host for the welcome, and Sergey Lavrov said the new treaty would be ratified within weeks.',
  'Observers in Seoul said the Zubrowka accord, as one diplomat called it, changes the balance in the region.',
  'Comrade Vova, as the crowds called him, left for Hanoi late on Thursday evening after a final dinner.',
].join('\n');

function ingest(path: string, content = PAGE): string {
  const db = openDatabase(path);
  try {
    return ingestPage(db, { content, contentType: 'text/plain' }, { provenance: 'test' }).articleId;
  } finally {
    db.$client.close();
  }
}

function withDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

type Row = Record<string, unknown>;
const articleOf = (path: string, id: string) =>
  withDb(path, (db) => db.prepare('select * from articles where id = ?').get(id) as Row | undefined);
const linksOf = (path: string, id: string) =>
  withDb(path, (db) => ({
    mentions: db
      .prepare('select entity_id, start, "end", surface from mentions where article_id = ? order by start')
      .all(id),
    counts: db
      .prepare('select entity_id, mention_count from article_entities where article_id = ? order by entity_id')
      .all(id),
  }));

/** Entity totals that do not add up to their article_entities rows. */
const wrongTotals = (path: string) =>
  withDb(path, (db) =>
    db
      .prepare(
        `select e.id from entities e where e.mention_count <> coalesce((select sum(mention_count) from article_entities
          where entity_id = e.id), 0) or e.article_count <> (select count(*) from article_entities where entity_id = e.id)`,
      )
      .all(),
  );

/** A copy of the real corpus with one YAML file edited. */
function corpusWith(t: Parameters<typeof tempDir>[0], file: string, edit: (records: Row[]) => void): string {
  const dir = join(tempDir(t), 'seed');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const records = parse(readFileSync(path, 'utf8')) as Row[];
  edit(records);
  writeFileSync(path, stringify(records));
  return dir;
}

t.test('a rebuild keeps an ingested page, links it again, and keeps it searchable', async (t) => {
  const path = seededDatabase(t);
  const id = ingest(path);
  const before = articleOf(path, id);
  const linksBefore = linksOf(path, id);
  t.ok(linksBefore.mentions.length >= 4, 'the page mentions people of the corpus');

  const report = seedDatabase(CORPUS_DIR, path);
  t.equal(report.action, 'rebuilt');
  t.equal(report.relinked, 1, 'one ingested article linked again');

  const after = articleOf(path, id);
  t.same(after, before, 'the ingested article is unchanged: raw page, body, report, origin, key');
  t.equal(after?.origin, 'ingest');
  t.same(linksOf(path, id), linksBefore, 'its mentions and entity counts, computed again, are the same');
  t.same(wrongTotals(path), [], 'entity totals add up, the ingested page included');
  withDb(path, (db) => {
    const putin = db.prepare("select mention_count as n from entities where id = 'vladimir-putin'").get() as {
      n: number;
    };
    const fresh = join(tempDir(t), 'fresh.db');
    seedDatabase(CORPUS_DIR, fresh);
    const seedOnly = withDb(fresh, (f) =>
      f.prepare("select mention_count as n from entities where id = 'vladimir-putin'").get(),
    ) as { n: number };
    const own = (linksBefore.counts as { entity_id: string; mention_count: number }[]).find(
      (c) => c.entity_id === 'vladimir-putin',
    );
    t.equal(putin.n, seedOnly.n + (own?.mention_count ?? 0), "Putin's total counts the curated articles and the page");
    const hit = db
      .prepare(
        "select a.id from article_search join articles a on a.doc_id = article_search.rowid where article_search match 'zubrowka'",
      )
      .all();
    t.same(hit, [{ id }], 'the full-text index still finds the page');
    t.same(db.pragma('foreign_key_check'), [], 'no dangling reference');
    t.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  });
  t.equal((dumpTables(path).articles ?? []).length, 6, 'five curated articles and the ingested one');
});

t.test('a rebuild with an alias added links the ingested page to it', async (t) => {
  const path = seededDatabase(t);
  const id = ingest(path);
  t.same(
    (linksOf(path, id).mentions as { surface: string; entity_id: string }[])
      .filter((m) => m.surface === 'Vova')
      .map((m) => m.entity_id),
    ['vova'],
    'no entity has the alias yet: the name after "Comrade" is a candidate of its own',
  );
  const corpus = corpusWith(t, 'entities.yaml', (entities) => {
    const putin = entities.find((e) => e.id === 'vladimir-putin') as Row;
    putin.aliases = [...(putin.aliases as string[]), 'Vova'];
  });
  seedDatabase(corpus, path);
  const links = linksOf(path, id);
  t.ok(
    (links.mentions as { surface: string; entity_id: string }[]).some(
      (m) => m.surface === 'Vova' && m.entity_id === 'vladimir-putin',
    ),
    'the new alias is a mention of Putin',
  );
  t.notOk(
    (links.mentions as { entity_id: string }[]).some((m) => m.entity_id === 'vova'),
    'the candidate is merged into the entity that has its name',
  );
  const top = JSON.parse(String(articleOf(path, id)?.top_entities)) as { id: string; mentionCount: number }[];
  const putin = (links.counts as { entity_id: string; mention_count: number }[]).find(
    (c) => c.entity_id === 'vladimir-putin',
  );
  t.equal(top.find((e) => e.id === 'vladimir-putin')?.mentionCount, putin?.mention_count, 'its list entry counts it');
  t.same(wrongTotals(path), [], 'entity totals add up');
});

t.test('a rebuild that fails leaves the database as it was, ingested pages included', async (t) => {
  const path = seededDatabase(t);
  ingest(path);
  const before = dumpTables(path);

  t.test('a quote not found: fails before the database is touched', async (t) => {
    const corpus = corpusWith(t, 'events.yaml', (events) => {
      const attestation = ((events[0] as Row).attestations as Row[])[0] as Row;
      attestation.quote = 'words no article ever printed';
    });
    t.throws(() => seedDatabase(corpus, path), {
      name: 'SeedError',
      message: /events\.yaml: \[0\]\.attestations\[0\]\.quote .*does not occur verbatim/,
    });
    t.same(dumpTables(path), before);
  });

  t.test('a failure inside the write: rolled back', async (t) => {
    const db = new Database(path);
    db.exec("create trigger no_events before insert on events begin select raise(abort, 'no events today'); end");
    db.close();
    t.throws(() => seedDatabase(CORPUS_DIR, path), /no events today/);
    t.same(dumpTables(path), before);
    const fix = new Database(path);
    fix.exec('drop trigger no_events');
    fix.close();
  });

  t.test('a curated article whose page was ingested already: refused, naming the seed file and field', async (t) => {
    const text = readFileSync(join(CORPUS_DIR, 'articles', 'putin-kim-begin-talks-pyongyang.txt'), 'utf8');
    const other = join(tempDir(t), 'other.db');
    seedDatabase(CORPUS_DIR, other);
    // The same page ingested under another id: drop the curated article from the corpus, ingest, then rebuild.
    const corpus = corpusWith(t, 'articles.yaml', (articles) => {
      articles.splice(
        articles.findIndex((a) => a.id === 'putin-kim-begin-talks-pyongyang'),
        1,
      );
    });
    const events = join(corpus, 'events.yaml');
    const kept = (parse(readFileSync(events, 'utf8')) as Row[])
      .map((e) => ({
        ...e,
        attestations: (e.attestations as Row[]).filter((a) => a.article !== 'putin-kim-begin-talks-pyongyang'),
      }))
      .filter((e) => (e.attestations as Row[]).length > 0);
    writeFileSync(events, stringify(kept));
    seedDatabase(corpus, other);
    const ingestedId = ingest(other, text);
    const snapshot = dumpTables(other);
    t.throws(() => seedDatabase(CORPUS_DIR, other), {
      name: 'SeedError',
      message: new RegExp(
        `articles\\.yaml: \\[\\d\\]\\.id \\(id "putin-kim-begin-talks-pyongyang"\\): .*ingested already, as article "${ingestedId}"`,
      ),
    });
    t.same(dumpTables(other), snapshot);
  });
});

t.test('seeding twice gives the same rows whether created or rebuilt', async (t) => {
  const dir = tempDir(t);
  seedDatabase(CORPUS_DIR, join(dir, 'a.db'));
  const created = dumpTables(join(dir, 'a.db'));
  t.equal(seedDatabase(CORPUS_DIR, join(dir, 'a.db')).action, 'rebuilt');
  t.same(dumpTables(join(dir, 'a.db')), created);
});

t.test('a file that is not ours is refused, or with replaceForeign moved aside with its journal', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'news.db');
  const other = new Database(path);
  other.pragma('journal_mode = WAL');
  other.exec("create table notes (id integer primary key, body text); insert into notes (body) values ('keep me')");
  // Left open, so its -wal and -shm stay beside it.
  t.teardown(() => other.close());
  t.ok(existsSync(`${path}-wal`));

  t.throws(() => seedDatabase(CORPUS_DIR, path), { name: 'DatabaseRefusedError', message: /did not create/ });
  t.equal(identifyDatabase(path).kind, 'refused', 'left as it was');

  const report = seedDatabase(CORPUS_DIR, path, { replaceForeign: true, now: new Date('2024-06-19T10:00:00Z') });
  const aside = `${path}.replaced-2024-06-19T10-00-00-000Z`;
  t.same(report.movedAside, [aside, `${aside}-wal`, `${aside}-shm`]);
  t.equal(report.action, 'created');
  t.equal(identifyDatabase(path).kind, 'ours');
  t.same(
    withDb(aside, (db) => db.prepare('select body from notes').all()),
    [{ body: 'keep me' }],
    'the old file is kept, readable with its journal',
  );
});

t.test('a database lost from under its journal is refused, never recreated beside the old log', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'news.db');
  writeFileSync(`${path}-wal`, Buffer.alloc(32));
  t.throws(() => seedDatabase(CORPUS_DIR, path), {
    name: 'DatabaseRefusedError',
    message: /lost from under its journal/,
  });
  t.same(readdirSync(dir), ['news.db-wal'], 'nothing created');
});

t.test('a transcript’s speaker keeps the full name its header gives, at ingest and after a rebuild', async (t) => {
  const path = seededDatabase(t);
  const transcript = [
    'Department Press Briefing – June 20, 2024',
    'Nathaniel Brooks, Deputy Spokesperson',
    'Washington, DC',
    'MR BROOKS: Good afternoon, everybody. Just one item at the top, and then I will take your questions today.',
    'QUESTION: Thanks. Does the treaty signed in Pyongyang change the situation on the peninsula, in your view?',
    'MR BROOKS: We have seen the text, we are studying it, and I am not going to parse it article by article.',
    'QUESTION: Is it an alliance, then, as many analysts in the region have said since the signing ceremony?',
    'MR BROOKS: I would say judge them by their actions, not by the labels they put on their agreements.',
  ].join('\n');
  const id = ingest(path, transcript);
  const speakers = () =>
    withDb(path, (db) =>
      db
        .prepare(
          `select e.name, e.status, count(*) as turns from quotations q join entities e on e.id = q.speaker_id
            where q.article_id = ? and q.attribution = 'colon' group by e.id`,
        )
        .all(id),
    );
  t.same(speakers(), [{ name: 'Nathaniel Brooks', status: 'candidate', turns: 3 }]);
  const report = seedDatabase(CORPUS_DIR, path);
  t.equal(report.relinked, 1);
  t.same(speakers(), [{ name: 'Nathaniel Brooks', status: 'candidate', turns: 3 }], 'the same after a rebuild');
});
