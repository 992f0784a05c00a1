import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, migrateDatabase, openDatabase } from '../db/client.ts';
import { identifyDatabase, JOURNAL_SUFFIXES, journalFiles, type RefusedFile, refusalMessage } from '../db/identify.ts';
import { sources } from '../db/schema.ts';
import type { Linker } from './link.ts';
import { CORPUS_FILES, type Corpus, loadCorpus, SeedError } from './load-corpus.ts';
import { type PreparedCorpus, prepareCorpus } from './prepare.ts';
import { articleLinks, asideOfReport } from './store.ts';
import {
  type DatabaseRows,
  insertRows,
  refreshEntityTotals,
  refreshEventTotals,
  updateTopEntities,
  writeRows,
} from './write.ts';

/**
 * The seed step's writes. A database that exists is never replaced: the curated content is rebuilt in place, in one
 * transaction on the live file, so a server reading it sees the old or the new state and pages ingested into it stay.
 * A new database is built in a temporary file and moved in only where nothing is at the target, journal included.
 */

export interface SeedOptions {
  /**
   * A file at the target that is not this service's database (or a journal whose database is missing) is moved aside
   * to `<target>.replaced-<time>`, with its -wal and -shm, and a new database is created. Without it, such a file is
   * refused with a DatabaseRefusedError.
   */
  replaceForeign?: boolean;
  /** The time in the name of a file moved aside (tests fix it). */
  now?: Date;
}

export interface SeedReport extends PreparedCorpus {
  path: string;
  /** created: a new database; rebuilt: the curated content replaced in place, ingested articles kept and linked again. */
  action: 'created' | 'rebuilt';
  /** Migrations applied to an existing database before its rebuild. */
  migrated: number;
  /** Ingested articles whose mentions were computed again against the new entities. */
  relinked: number;
  /** Where files found at the target were moved (with `replaceForeign`). */
  movedAside: string[];
}

/** The file at the target is not this service's database: the seed neither rebuilds nor replaces it unasked. */
export class DatabaseRefusedError extends Error {
  override name = 'DatabaseRefusedError';
  constructor(
    readonly path: string,
    readonly file: RefusedFile,
  ) {
    super(refusalMessage(path, file));
  }
}

/**
 * Writes the corpus in `corpusDir` to the database at `target`: creates it where there is none, rebuilds its curated
 * content in place where it is this service's database. Anything that fails (a bad seed file, a quote not found, a
 * constraint) leaves `target` as it was, ingested pages included.
 */
export function seedDatabase(corpusDir: string, target: string, options: SeedOptions = {}): SeedReport {
  const corpus = loadCorpus(corpusDir);
  const prepared = prepareCorpus(corpus, corpusDir);
  const file = identifyDatabase(target);
  const movedAside: string[] = [];
  if (file.kind === 'refused') {
    if (!options.replaceForeign) throw new DatabaseRefusedError(target, file);
    movedAside.push(...moveAside(target, options.now ?? new Date()));
  }
  const report = { ...prepared, path: target, movedAside };
  if (file.kind === 'ours' || !createDatabase(target, prepared)) {
    // Made by another process while this one built its own: rebuilt in place like any existing database.
    const again = identifyDatabase(target);
    if (again.kind === 'refused') throw new DatabaseRefusedError(target, again);
    return { ...report, action: 'rebuilt', ...rebuildInPlace(target, corpus, corpusDir, prepared) };
  }
  return { ...report, action: 'created', migrated: 0, relinked: 0 };
}

/**
 * Builds a new database in a temporary file beside `target`, and links it in only if nothing is there yet: not a
 * file, and not a journal a new file would inherit. False when the target appeared meanwhile.
 */
function createDatabase(target: string, prepared: PreparedCorpus): boolean {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.building-${process.pid}`;
  const removeTemp = () => {
    for (const suffix of ['', '-journal', ...JOURNAL_SUFFIXES]) rmSync(`${temp}${suffix}`, { force: true });
  };
  removeTemp();
  try {
    const db = openDatabase(temp);
    try {
      migrateDatabase(db);
      writeRows(db, prepared.rows);
      db.$client.pragma('optimize');
    } finally {
      // The last connection to close checkpoints the log into the file and deletes it: the file is whole alone.
      db.$client.close();
    }
    if (existsSync(target) || journalFiles(target).length > 0) return false;
    if (!linkNoClobber(temp, target)) return false;
    return true;
  } finally {
    removeTemp();
  }
}

/** Makes `from` appear at `to` unless something is there; false when something is. */
function linkNoClobber(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links: a rename, after the check above.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') {
      renameSync(from, to);
      return true;
    }
    throw error;
  }
}

/** Moves the file at `target` and its journal to `<target>.replaced-<time>`; returns the new paths. */
function moveAside(target: string, now: Date): string[] {
  const aside = `${target}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`;
  const moved: string[] = [];
  // The journal keeps its database's name plus its suffix, so the moved files still belong together.
  for (const suffix of ['', ...JOURNAL_SUFFIXES]) {
    if (!existsSync(`${target}${suffix}`)) continue;
    renameSync(`${target}${suffix}`, `${aside}${suffix}`);
    moved.push(`${aside}${suffix}`);
  }
  return moved;
}

/** Migrates the database at `target`, then replaces its curated content in one immediate transaction. */
function rebuildInPlace(
  target: string,
  corpus: Corpus,
  corpusDir: string,
  prepared: PreparedCorpus,
): { migrated: number; relinked: number } {
  const db = openDatabase(target);
  try {
    const migrated = migrateDatabase(db);
    const relinked = db.$client
      .transaction(() => replaceCurated(db, corpus, corpusDir, prepared.rows, prepared.linker))
      .immediate();
    db.$client.pragma('optimize');
    return { migrated, relinked };
  } finally {
    db.$client.close();
  }
}

/** Ingested articles linked again per batch: memory stays flat however many there are. */
const RELINK_BATCH = 500;

/**
 * Inside the write transaction: deletes the curated rows (events and their participants and attestations, curated
 * articles, every mention and entity count, entities and aliases), upserts the curated sources, inserts the curated
 * rows, links every ingested article again against the new entities, and recomputes the totals. The full-text and
 * alias indexes follow by trigger. Returns how many ingested articles were linked again.
 */
function replaceCurated(db: Db, corpus: Corpus, corpusDir: string, rows: DatabaseRows, linker: Linker): number {
  const articles = withDocIds(db, corpus, corpusDir, rows.articles);

  // Children before parents: nothing may point at a row when it goes.
  db.run(sql`delete from quotations`);
  db.run(sql`delete from event_attestations`);
  db.run(sql`delete from event_participants`);
  db.run(sql`delete from events`);
  db.run(sql`delete from mentions`);
  db.run(sql`delete from article_entities`);
  db.run(sql`delete from articles where origin = 'seed'`);
  db.run(sql`delete from entity_aliases`);
  db.run(sql`delete from entities`);

  // Sources that ingest created stay; curated ones take the corpus's values (a host ingest learned stays too).
  for (const source of rows.sources) {
    const { id: _id, ...curated } = source;
    db.insert(sources).values(source).onConflictDoUpdate({ target: sources.id, set: curated }).run();
  }
  insertRows(db, { ...rows, sources: [], articles });
  const curatedSources = rows.sources.map((s) => s.id);
  db.run(sql`delete from sources where id not in ${curatedSources.concat([''])}
    and not exists (select 1 from articles a where a.source_id = sources.id)`);

  let relinked = 0;
  for (let after = -1; ; ) {
    const batch = db.all<{
      id: string;
      docId: number;
      body: string;
      publishedSort: string;
      language: string;
      report: string | null;
    }>(
      sql`select id, doc_id as docId, body, published_sort as publishedSort, language, ingest_report as report
        from articles where origin <> 'seed' and doc_id > ${after} order by doc_id limit ${RELINK_BATCH}`,
    );
    if (batch.length === 0) break;
    const link = linker.link.bind(linker);
    // The lines kept out of the body are in the ingest report, as the page's ingest linked with them.
    const links = batch.map((a) => articleLinks({ ...a, aside: asideOfReport(a.report) }, link));
    const counts = links.flatMap((l) => l.articleEntities);
    insertRows(db, {
      entities: links.flatMap((l) => l.entities),
      entityAliases: links.flatMap((l) => l.entityAliases),
      mentions: links.flatMap((l) => l.mentions),
      articleEntities: counts,
      quotations: links.flatMap((l) => l.quotations),
    });
    updateTopEntities(
      db,
      batch.map((a) => a.id),
      counts,
    );
    relinked += batch.length;
    after = (batch.at(-1) as { docId: number }).docId;
  }

  refreshEntityTotals(db);
  refreshEventTotals(db);
  return relinked;
}

/**
 * The curated articles with their full-text keys: an article keeps the key it had, a new one takes the next free
 * key (ingested articles keep theirs). Refuses, naming the seed file and field, an article whose id or page an
 * ingested article already has: ingested articles are never replaced.
 */
function withDocIds(
  db: Db,
  corpus: Corpus,
  corpusDir: string,
  list: DatabaseRows['articles'],
): DatabaseRows['articles'] {
  const file = `${corpusDir}/${CORPUS_FILES.articles}`;
  const stored = db.all<{ id: string; docId: number; origin: string; contentHash: string | null }>(
    sql`select id, doc_id as docId, origin, content_hash as contentHash from articles`,
  );
  const seedKeys = new Map(stored.filter((a) => a.origin === 'seed').map((a) => [a.id, a.docId]));
  const ingested = stored.filter((a) => a.origin !== 'seed');
  const ingestedIds = new Set(ingested.map((a) => a.id));
  const ingestedHashes = new Map(ingested.map((a) => [a.contentHash, a.id]));
  list.forEach((article, i) => {
    const field = `[${i}].id (id "${article.id}")`;
    if (ingestedIds.has(article.id)) {
      throw new SeedError(file, field, `an ingested article has the id "${article.id}"; choose another id`);
    }
    const same = article.contentHash ? ingestedHashes.get(article.contentHash) : undefined;
    if (same) {
      const raw = corpus.articles[i]?.file ?? article.file;
      throw new SeedError(file, field, `the page ${raw} was ingested already, as article "${same}"`);
    }
  });
  let next = 0;
  for (const a of ingested) next = Math.max(next, a.docId);
  for (const a of list) next = Math.max(next, seedKeys.get(a.id) ?? 0);
  return list.map((article) => {
    const kept = seedKeys.get(article.id);
    if (kept !== undefined) return { ...article, docId: kept };
    next++;
    return { ...article, docId: next };
  });
}
