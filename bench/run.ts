import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { captureStatements } from './capture.ts';
import { benchDatabasePath, generate } from './generate.ts';
import { COMMON_WORD, RARE_WORDS } from './synthetic.ts';

/**
 * `npm run bench -- [--articles N] [--duration S] [--connections C] [--workers W]`: starts the real service on a
 * synthetic database of N articles and, beside it, a floor server running the same SQL bare, each in W processes;
 * drives both with autocannon over loopback, one request at a time, and prints req/s, p50, p99 and the service/floor
 * ratio, plus the service's RSS.
 */

export const RESULTS_DIR = fileURLToPath(new URL('./results', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

export interface BenchOptions {
  articles: number;
  seed: number;
  /** Seconds of load per request and server; ignored when `amount` is set. */
  duration: number;
  /** A fixed number of requests per request and server instead of a duration (smoke runs). */
  amount?: number | undefined;
  connections: number;
  /** Processes for the service and, alike, for the floor (default 1). */
  workers?: number | undefined;
  database?: string | undefined;
  /** Pin servers and load generator to separate cores where `taskset` exists (default true). */
  pin?: boolean;
  log?: (line: string) => void;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface BenchResult {
  name: string;
  url: string;
  queries: number;
  service: Measurement;
  floor: Measurement;
  /** Service req/s divided by floor req/s: 1 is the floor's speed. */
  ratio: number;
}

export interface BenchReport {
  date: string;
  articles: number;
  connections: number;
  duration: number;
  workers: number;
  pinned: boolean;
  node: string;
  results: BenchResult[];
  serviceRssMaxMb: number;
  floorRssMaxMb: number;
}

/** Request targets drawn from the database itself, so every size of corpus gets comparable requests. */
function requestsFor(path: string): { name: string; url: string }[] {
  const db = new Database(path, { readonly: true });
  try {
    const one = <T>(query: string) => db.prepare(query).get() as T;
    const source = one<{ id: string }>(
      'select source_id as id from articles group by source_id order by count(*) desc, source_id limit 1',
    );
    const person = one<{ id: string; familyName: string }>(
      "select id, family_name as familyName from entities where type = 'person' order by article_count desc, id limit 1",
    );
    const partner = db
      .prepare(
        `select b.entity_id as id from article_entities a join article_entities b on b.article_id = a.article_id
         join entities e on e.id = b.entity_id
         where a.entity_id = ? and b.entity_id <> a.entity_id and e.type = 'person'
         group by b.entity_id order by count(*) desc, b.entity_id limit 1`,
      )
      .get(person.id) as { id: string } | undefined;
    const article = one<{ id: string }>(
      'select id from articles order by doc_id limit 1 offset (select count(*) / 2 from articles)',
    );
    const event = one<{ id: string }>(
      'select id from events order by date_start, id limit 1 offset (select count(*) / 2 from events)',
    );
    const month = one<{ m: string }>(
      "select substr(published_sort, 1, 7) as m from articles where published_sort <> '' order by published_sort limit 1 offset (select count(*) / 2 from articles)",
    ).m;
    const rare = RARE_WORDS[0] as string;
    return [
      { name: 'articles-by-source', url: `/v1/articles?source=${source.id}` },
      { name: 'articles-by-person', url: `/v1/articles?person=${person.id}` },
      { name: 'articles-by-two-people', url: `/v1/articles?person=${person.id}&person=${partner?.id ?? person.id}` },
      { name: 'articles-by-date-range', url: `/v1/articles?from=${month}-01&to=${month}-28` },
      { name: 'search-common-term', url: `/v1/articles?q=${COMMON_WORD}` },
      { name: 'search-rare-term', url: `/v1/articles?q=${rare}` },
      { name: 'people-for-article', url: `/v1/people?article=${article.id}` },
      { name: 'people-by-name', url: `/v1/people?q=${encodeURIComponent(person.familyName.toLowerCase())}` },
      { name: 'timeline-month', url: `/v1/events?from=${month}&to=${month}` },
      { name: 'article-detail', url: `/v1/articles/${article.id}` },
      { name: 'event-detail', url: `/v1/events/${event.id}` },
    ];
  } finally {
    db.close();
  }
}

/** Pins a process to a core where `taskset` exists; false where it does not. */
function pin(pid: number, core: number): boolean {
  try {
    execFileSync('taskset', ['-cp', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function startServer(script: string, args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import=tsx', join(HERE, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, port };
}

function status(pid: number | string): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

/** Resident memory of a server: the process and its workers, where /proc tells. */
function rssMb(pid: number): number {
  const children = readdirSync('/proc').filter(
    (entry) => /^\d+$/.test(entry) && new RegExp(`^PPid:\\s+${pid}$`, 'm').test(status(entry)),
  );
  let kb = 0;
  for (const id of [String(pid), ...children]) kb += Number(/VmRSS:\s+(\d+)/.exec(status(id))?.[1] ?? 0);
  return kb / 1024;
}

/** Waits until a server has answered every request still queued from the last load: the next one starts clean. */
async function drain(base: string): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    const started = performance.now();
    try {
      await fetch(`${base}/health`, { signal: AbortSignal.timeout(60_000) });
    } catch {
      // the floor has no /health route: any answer, even a 404, means its queue is empty
    }
    if (performance.now() - started < 20) return;
  }
}

async function load(url: string, options: BenchOptions, watchPid: number, rss: { max: number }): Promise<Measurement> {
  const timer = setInterval(() => {
    rss.max = Math.max(rss.max, rssMb(watchPid));
  }, 100);
  try {
    const result = await autocannon({
      url,
      connections: options.connections,
      ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    });
    return {
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    };
  } finally {
    clearInterval(timer);
    rss.max = Math.max(rss.max, rssMb(watchPid));
    await drain(new URL(url).origin);
  }
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  const path = options.database ?? benchDatabasePath(options.articles, options.seed);
  if (!existsSync(path)) {
    log(`generating ${options.articles.toLocaleString('en')} articles into ${path}`);
    const report = await generate(options.articles, options.seed, path, (line) => log(`  ${line}`));
    log(`  ${Math.round(report.articlesPerSecond).toLocaleString('en')} articles/s`);
  }
  const requests = requestsFor(path);
  const plan = await captureStatements(path, requests);
  const planFile = join(tmpdir(), `bench-plan-${process.pid}.json`);
  writeFileSync(planFile, JSON.stringify(plan));

  // One process each: servers on core 0, the load generator (this process) on core 1, so they do not fight for a
  // core. Several workers take every core, and share them with the load generator.
  const workers = options.workers ?? 1;
  const pinned = workers === 1 && options.pin !== false && pin(process.pid, 1);
  const service = await startServer('serve.ts', [path, String(workers)]);
  const floor = await startServer('floor.ts', [path, planFile, String(workers)]);
  if (pinned) {
    pin(service.child.pid as number, 0);
    pin(floor.child.pid as number, 0);
  }
  const serviceRss = { max: 0 };
  const floorRss = { max: 0 };
  const results: BenchResult[] = [];
  try {
    for (const request of requests) {
      if (!options.amount) {
        // A short warm-up, bounded in time so that a slow request cannot hold the run up.
        const warm = { ...options, duration: 1 };
        await load(`http://127.0.0.1:${service.port}${request.url}`, warm, service.child.pid as number, serviceRss);
        await load(`http://127.0.0.1:${floor.port}/${request.name}`, warm, floor.child.pid as number, floorRss);
      }
      const s = await load(
        `http://127.0.0.1:${service.port}${request.url}`,
        options,
        service.child.pid as number,
        serviceRss,
      );
      const f = await load(
        `http://127.0.0.1:${floor.port}/${request.name}`,
        options,
        floor.child.pid as number,
        floorRss,
      );
      const result = {
        name: request.name,
        url: request.url,
        queries: plan[request.name]?.length ?? 0,
        service: s,
        floor: f,
        ratio: f.requestsPerSecond ? s.requestsPerSecond / f.requestsPerSecond : 0,
      };
      results.push(result);
      log(formatRow(result));
    }
  } finally {
    service.child.kill('SIGTERM');
    floor.child.kill('SIGTERM');
  }
  return {
    date: new Date().toISOString(),
    articles: options.articles,
    connections: options.connections,
    duration: options.duration,
    workers,
    pinned,
    node: process.version,
    results,
    serviceRssMaxMb: Math.round(serviceRss.max),
    floorRssMaxMb: Math.round(floorRss.max),
  };
}

const HEADER = `${'request'.padEnd(24)} ${'service req/s'.padStart(13)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}   ${'floor req/s'.padStart(11)} ${'p50'.padStart(5)} ${'p99'.padStart(5)}   ${'ratio'.padStart(5)}  queries`;

export function formatRow(r: BenchResult): string {
  const n = (v: number, w: number) => String(Math.round(v)).padStart(w);
  const errors = r.service.errors + r.service.non2xx + r.floor.errors + r.floor.non2xx;
  return `${r.name.padEnd(24)} ${n(r.service.requestsPerSecond, 13)} ${n(r.service.p50, 5)} ${n(r.service.p99, 5)}   ${n(r.floor.requestsPerSecond, 11)} ${n(r.floor.p50, 5)} ${n(r.floor.p99, 5)}   ${r.ratio.toFixed(2).padStart(5)}  ${String(r.queries).padStart(7)}${errors ? `  (${errors} errors)` : ''}`;
}

export function formatReport(report: BenchReport): string {
  return [
    `${report.articles.toLocaleString('en')} articles, ${report.connections} connections, ${report.duration} s per run, ${report.workers} ${report.workers === 1 ? 'process' : 'processes'} per server, ${report.pinned ? 'servers on core 0, load on core 1' : 'not pinned'}; latencies in ms`,
    HEADER,
    ...report.results.map(formatRow),
    `service RSS max ${report.serviceRssMaxMb} MB (floor ${report.floorRssMaxMb} MB)`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '200000' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      workers: { type: 'string', default: '1' },
      amount: { type: 'string' },
    },
  });
  const options: BenchOptions = {
    articles: Number(values.articles),
    seed: Number(values.seed),
    duration: Number(values.duration),
    connections: Number(values.connections),
    workers: Number(values.workers),
    amount: values.amount ? Number(values.amount) : undefined,
    log: (line) => console.error(line),
  };
  console.error(HEADER);
  const report = await runBench(options);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${report.date.replace(/[:.]/g, '-')}-${report.articles}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
  console.log(`wrote ${file}`);
}
