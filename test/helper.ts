import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { CORPUS_DIR } from '../seed/seed.ts';
import { buildApp } from '../src/app.ts';
import { seedDatabase } from '../src/ingest/build-database.ts';

/** The subset of a tap test the helpers need. */
interface TestLike {
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

/** An app over its own freshly seeded database, closed when the test ends. */
export async function build(t: TestLike): Promise<FastifyInstance> {
  const app = await buildApp({ databasePath: seededDatabase(t) });
  t.teardown(() => app.close());
  return app;
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

/** Follows `nextCursor` from `url` to the last page and returns every item, in order. */
export async function walk<T = { id: string }>(app: FastifyInstance, url: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null = url;
  for (let pages = 0; next !== null; pages++) {
    if (pages > 1000) throw new Error(`no last page for ${url}`);
    const res = await app.inject({ method: 'GET', url: next });
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body}`);
    const body = res.json() as { data: T[]; nextCursor: string | null };
    items.push(...body.data);
    next =
      body.nextCursor === null
        ? null
        : `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(body.nextCursor)}`;
  }
  return items;
}

/** The number of SQL statements prepared while `fn` runs: the queries a request costs. */
export async function countQueries(app: FastifyInstance, fn: () => Promise<unknown>): Promise<number> {
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
