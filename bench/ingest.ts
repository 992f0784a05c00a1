import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { seedDatabase } from '../src/ingest/build-database.ts';
import { PageThread } from '../src/ingest/page-thread.ts';
import { type IngestOutcome, ingestPage, ingestPageWith, type PageSubmission } from '../src/ingest/store.ts';
import { CORPUS_DIR } from '../src/paths.ts';

/**
 * `npm run bench:ingest -- --pages N`: ingests N pages (the test fixture pages, each made distinct) into a fresh
 * seeded database twice: with the pipeline in this thread, and with it in the page thread as the server runs it.
 * While pages go in, a 5 ms timer measures how long the event loop is held (what every other request of the
 * server would wait); the last page is a long one (about 1 MB). Prints pages per second, per-page time (median, p95),
 * the long page's time, and the event loop's longest gaps.
 */
const { values } = parseArgs({ options: { pages: { type: 'string', default: '200' } } });
const total = Number(values.pages);

const FIXTURES = new URL('../test/fixtures/pages/', import.meta.url);
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
  .map((f) => ({
    content: readFileSync(new URL(f, FIXTURES), 'utf8'),
    contentType: f.endsWith('.html') ? ('text/html' as const) : ('text/plain' as const),
  }));

/** A long page (about 1 MB of text): the last page of each run, to show what one costly page holds up. */
const LONG_PAGE: PageSubmission = {
  content: Array.from(
    { length: 6000 },
    (_, i) =>
      `Paragraph ${i}. The council said on Tuesday that the ferry would run again from June, and residents who had waited since the storm were pleased with the news.`,
  ).join('\n\n'),
  contentType: 'text/plain',
};

/** The i-th page: a fixture with an invisible difference, so that each is a new page and not a repeat; the last is long. */
function page(i: number): PageSubmission {
  if (i === total - 1) return LONG_PAGE;
  const f = fixtures[i % fixtures.length] as (typeof fixtures)[number];
  const mark = f.contentType === 'text/html' ? `\n<!-- ${i} -->` : '\n'.repeat(1 + Math.floor(i / fixtures.length));
  return { content: f.content + mark, contentType: f.contentType };
}

const quantile = (xs: number[], q: number) => {
  const s = xs.toSorted((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function run(
  label: string,
  ingest: (db: ReturnType<typeof openDatabase>, p: PageSubmission, path: string) => Promise<IngestOutcome>,
) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const path = join(dir, 'news.db');
    seedDatabase(CORPUS_DIR, path);
    const db = openDatabase(path);
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 5);
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      const t0 = performance.now();
      const outcome = await ingest(db, page(i), path);
      if (outcome.status !== 'created') throw new Error(`page ${i} was not new`);
      times.push(performance.now() - t0);
      await new Promise(setImmediate); // between pages the loop is free, as between requests in a server
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    const articles = db.get<{ n: number }>(sql`select count(*) as n from articles`)?.n;
    db.$client.close();
    console.log(
      `${label.padEnd(28)} ${(total / seconds).toFixed(1).padStart(6)} pages/s  per page median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, long page ${(times.at(-1) ?? 0).toFixed(0)} ms  event loop: longest gap ${Math.max(...gaps).toFixed(0)} ms, p99 ${quantile(gaps, 0.99).toFixed(0)} ms  (${articles} articles)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`${total} pages from ${fixtures.length} fixtures`);
await run('pipeline in this thread', async (db, p) => ingestPage(db, p, { provenance: 'bench' }));
let thread: PageThread | null = null;
await run('pipeline in the page thread', async (db, p, path) => {
  if (!thread) {
    // Started once, as in a server, on the database it links against.
    thread = new PageThread({ timeoutMs: 60_000, maxQueued: 16, databasePath: path });
    await thread.prepare({ content: 'A page to start the thread with.', contentType: 'text/plain' });
  }
  const own = thread;
  return ingestPageWith((input) => own.prepare(input), db, p, { provenance: 'bench' });
});
await (thread as PageThread | null)?.close();
