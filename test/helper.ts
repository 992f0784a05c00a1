import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Test } from 'tap';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { type Db, openDatabase } from '../src/db/client.ts';
import { seedDatabase } from '../src/ingest/build-database.ts';
import { CORPUS_DIR, MIGRATIONS_FOLDER } from '../src/paths.ts';

/** The subset of a tap test the helpers need. */
export interface TestLike {
  teardown(fn: () => unknown): void;
}

/** A fresh temporary directory, removed when the test ends. */
export function tempDir(t: TestLike): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-test-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A database file of its own, seeded from the real corpus through the real seed step. */
export function seededDatabase(t: TestLike): string {
  const path = join(tempDir(t), 'news.db');
  seedDatabase(CORPUS_DIR, path);
  return path;
}

/** Settings for tests: one read thread, and rate limits no test reaches unless it sets its own. */
const TEST_CONFIG: Partial<Config> = { READ_THREADS: 1, RATE_LIMIT_READS: 1_000_000, RATE_LIMIT_WRITES: 1_000_000 };

/** An app over its own freshly seeded database, reading through its pool of threads, closed when the test ends. */
export function build(t: TestLike, config: Partial<Config> = {}): Promise<FastifyInstance> {
  return buildOn(t, seededDatabase(t), config);
}

/** An app over a database file the test prepared (one of its own), reading through its pool of threads. */
export async function buildOn(
  t: TestLike,
  databasePath: string,
  config: Partial<Config> = {},
): Promise<FastifyInstance> {
  const app = await buildApp({ databasePath, config: { ...TEST_CONFIG, ...config } });
  t.teardown(() => app.close());
  return app;
}

/** An app that reads inline over a connection the test can see: for counting the statements a request costs. */
export type InlineApp = FastifyInstance & { db: Db };

/** An inline app over its own freshly seeded database, or over `databasePath`, a database the test prepared. */
export async function buildInline(t: TestLike, databasePath = seededDatabase(t)): Promise<InlineApp> {
  const db = openDatabase(databasePath, { readonly: true });
  const app = await buildApp({ db, config: TEST_CONFIG });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
  });
  return Object.assign(app, { db });
}

/** Problem details, as every error body of the API. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  invalidParams?: { name: string; in: string; reason: string }[];
}

/** A GET of `url`, as the app answers it. */
export function get(app: FastifyInstance, url: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url });
}

/** The JSON body of a GET of `url`, which must answer 200: anything else throws, naming the status and body. */
export async function getJson<T>(app: FastifyInstance, url: string): Promise<T> {
  const res = await get(app, url);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** One page of a list route. */
export interface ListBody<T> {
  data: T[];
  nextCursor: string | null;
  total?: number;
}

/** One page of a list route, which must answer 200. */
export function list<T = { id: string }>(app: FastifyInstance, url: string): Promise<ListBody<T>> {
  return getJson<ListBody<T>>(app, url);
}

/** Adds `name=value` to the query of `url`. */
export const withParam = (url: string, name: string, value: string) =>
  `${url}${url.includes('?') ? '&' : '?'}${name}=${value}`;

/**
 * Follows `nextCursor` from `url` to the last page and returns every item, in order. With a `limit`, asks for pages
 * of that size and throws on a longer one.
 */
export async function walk<T = { id: string }>(app: FastifyInstance, url: string, limit?: number): Promise<T[]> {
  const first = limit === undefined ? url : withParam(url, 'limit', String(limit));
  const items: T[] = [];
  let next: string | null = first;
  for (let pages = 0; next !== null; pages++) {
    if (pages > 1000) throw new Error(`no last page for ${first}`);
    const page: ListBody<T> = await list<T>(app, next);
    if (limit !== undefined && page.data.length > limit) throw new Error(`${next}: a page longer than ${limit}`);
    items.push(...page.data);
    next = page.nextCursor === null ? null : withParam(first, 'cursor', encodeURIComponent(page.nextCursor));
  }
  return items;
}

/** The ids of some items, or of the items of a page, in order. */
export function ids(items: readonly { id: string }[] | { data: readonly { id: string }[] }): string[] {
  return ('data' in items ? items.data : items).map((item) => item.id);
}

/**
 * Asserts that `res` is a problem+json error of `status`: its content type, a string `type`, `title` and `detail`,
 * the same `status`, the request URL as `instance`, and, given `param`, `invalidParams` naming exactly that: one
 * entry for a single name, or one entry per name of a list, in order (a parameter broken in two ways is named twice).
 * Returns the body.
 */
export function assertProblem(
  t: Test,
  res: LightMyRequestResponse,
  status: number,
  param?: string | readonly string[],
): ProblemBody {
  const url = res.raw.req.url;
  t.equal(res.statusCode, status, `${url} answers ${status}`, { body: res.body });
  t.match(res.headers['content-type'], /^application\/problem\+json/, `${url}: problem+json`);
  const body = res.json() as ProblemBody;
  t.type(body.type, 'string');
  t.type(body.title, 'string');
  t.equal(body.status, status);
  t.type(body.detail, 'string');
  t.equal(body.instance, url, 'the instance is the request URL');
  if (param !== undefined) {
    const names = typeof param === 'string' ? [param] : [...param];
    t.same(
      body.invalidParams?.map((p) => p.name),
      names,
      `names ${names.join(', ')}: ${JSON.stringify(body.invalidParams)}`,
    );
  }
  return body;
}

/** The number of SQL statements prepared while `fn` runs: the queries a request costs. */
export async function countQueries(app: InlineApp, fn: () => Promise<unknown>): Promise<number> {
  const client = app.db.$client;
  const prepare = client.prepare;
  let count = 0;
  client.prepare = function (this: typeof client, ...args: Parameters<typeof prepare>) {
    count++;
    return prepare.apply(this, args);
  } as typeof prepare;
  try {
    await fn();
  } finally {
    client.prepare = prepare;
  }
  return count;
}

/** The SQL statements a GET of `url` costs; asserts that it answers 200. */
export function countRequestQueries(t: Test, app: InlineApp, url: string): Promise<number> {
  return countQueries(app, async () => {
    t.equal((await get(app, url)).statusCode, 200, url);
  });
}

/** The ingest key of the tests that write: at least 16 characters, as the config asks. */
export const INGEST_KEY = 'test-ingest-key-0123456789';

/** A POST of a page to `POST /v1/articles`: as `type` (text/plain unless said), with the ingest key unless `key` says. */
export function postPage(
  app: FastifyInstance,
  payload: string | Buffer,
  options: { type?: string; key?: string | null; url?: string } = {},
): Promise<LightMyRequestResponse> {
  const key = options.key === undefined ? INGEST_KEY : options.key;
  return app.inject({
    method: 'POST',
    url: options.url ?? '/v1/articles',
    headers: {
      'content-type': options.type ?? 'text/plain',
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
    },
    payload,
  });
}

/** How many rows each table that ingest writes holds, and the entities' total mentions: to see that nothing changed. */
export function rowCounts(db: Db): Record<string, number> {
  const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
  return {
    articles: count('select count(*) as n from articles'),
    mentions: count('select count(*) as n from mentions'),
    articleEntities: count('select count(*) as n from article_entities'),
    sources: count('select count(*) as n from sources'),
    // The index's own rows (its content is the articles table): one per indexed article.
    searchIndex: count('select count(*) as n from article_search_docsize'),
    entityMentions: count('select coalesce(sum(mention_count), 0) as n from entities'),
    entityArticles: count('select coalesce(sum(article_count), 0) as n from entities'),
  };
}

/**
 * A database as a version from before the application_id stamp left it: the migrations before 0003_application_id
 * applied (from a copy of the folder with a journal cut there), no stamp. Returns its path and how many were applied.
 */
export function databaseBeforeStamp(t: TestLike): { path: string; applied: number } {
  const dir = tempDir(t);
  const earlier = join(dir, 'migrations');
  cpSync(MIGRATIONS_FOLDER, earlier, { recursive: true });
  const journalPath = join(earlier, 'meta', '_journal.json');
  const meta = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const applied = meta.entries.findIndex((entry) => entry.tag === '0003_application_id');
  writeFileSync(journalPath, JSON.stringify({ ...meta, entries: meta.entries.slice(0, applied) }));
  const path = join(dir, 'news.db');
  const db = openDatabase(path);
  try {
    migrate(db, { migrationsFolder: earlier });
  } finally {
    db.$client.close();
  }
  return { path, applied };
}

/** The tables of the knowledge base, parents first. */
export const KNOWLEDGE_TABLES = [
  'sources',
  'articles',
  'entities',
  'entity_aliases',
  'mentions',
  'article_entities',
  'events',
  'event_participants',
  'event_attestations',
  'quotations',
] as const;

/** Every row of every knowledge-base table of the database at `path`, in a stable order (read-only). */
export function dumpTables(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(
      KNOWLEDGE_TABLES.map((table) => [table, db.prepare(`select * from ${table} order by 1, 2, 3`).all()]),
    );
  } finally {
    db.close();
  }
}

/** Everything a child process writes until it exits, and its exit code. */
export async function childOutcome(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, out, err };
}
