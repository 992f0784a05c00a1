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
