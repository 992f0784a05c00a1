import { createReadStream, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { type Db, migrateDatabase, openDatabase } from '../src/db/client.ts';
import { identifyDatabase, refusalMessage } from '../src/db/identify.ts';
import type { ingestPage, PageSubmission } from '../src/ingest/store.ts';
import { MAX_PAGE_BYTES, PageSubmissionSchema } from '../src/ingest/submission.ts';
import { isDomainError } from '../src/lib/errors.ts';

/**
 * `npm run ingest -- <file|dir|->...`: scraped pages into the database at DATABASE_PATH, each through the same
 * per-page pipeline and single write path as `POST /v1/articles`. A page that fails is reported and the others go
 * on; a database that fails stops the run.
 */

const USAGE = `Usage: npm run ingest -- [options] <file|dir|->...

Ingests scraped pages into the database at DATABASE_PATH.

  file.txt, file.text   one text/plain page
  file.html, file.htm   one text/html page
  file.ndjson, .jsonl   one page per line: {"content": "...", "contentType": "text/plain"|"text/html",
                        "url"?, "source"?, "title"?, "language"?, "published"?}
  dir                   every such file below it (other files are skipped)
  -                     standard input: NDJSON when every non-blank line is a JSON object, HTML when it starts
                        with <!doctype html> or <html>, else one text/plain page

Options:
  --type <type>   read standard input and the files named as text/plain, text/html or ndjson
  --url <url>     the address the page was fetched from (one text or HTML page only)
  -h, --help      this help

Exit status: 0 every page ingested or already present, 1 a page failed or the database failed, 2 nothing done.`;

/** How many pages make a progress bar worth drawing instead of a line per page. */
const PROGRESS_BAR_PAGES = 20;

/** How long a write waits for another writer (the server ingesting a page) before giving up. */
const BUSY_TIMEOUT_MS = 5000;

const INPUT_TYPES = ['text/plain', 'text/html', 'ndjson'] as const;
type InputType = (typeof INPUT_TYPES)[number];

const TYPE_OF_EXTENSION: Record<string, InputType> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** A file to read, or standard input already read. */
type Input =
  | { kind: 'file'; path: string; name: string; type: InputType }
  | { kind: 'stdin'; name: string; type: InputType; text: string };

/** A missing or refused database, a bad setting: nothing was done (exit 2). */
class StartError extends Error {
  override name = 'StartError';
}

/** Bad arguments: nothing was done (exit 2), and the usage says how to ask. */
class UsageError extends StartError {
  override name = 'UsageError';
}

/** The database itself failed (full disk, a lock held past the timeout): the run stops (exit 1). */
class DatabaseFailure extends Error {
  override name = 'DatabaseFailure';
}

interface Summary {
  read: number;
  created: number;
  existing: number;
  failed: number;
  skipped: number;
  newSources: { id: string; name: string | null }[];
}

/** What the run prints: per-page lines, or a progress bar with only the failures logged above it. */
interface Output {
  page(line: string): void;
  failure(line: string): void;
  advance(): void;
  stop(): void;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArguments(argv);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('name at least one file, directory or - (standard input)');
  const forced = values.type === undefined ? undefined : inputType(values.type);
  const { inputs, skipped } = collectInputs(positionals, forced);
  const url = values.url === undefined ? undefined : checkUrl(values.url, inputs);
  const db = openIngestDatabase();
  try {
    // The page pipeline takes seconds to load: only once the arguments and the database are known to be good.
    const { ingestPage } = await import('../src/ingest/store.ts');
    return await run({ db, ingest: ingestPage }, inputs, skipped, url);
  } finally {
    db.$client.close();
  }
}

/** Where the pages go: the database, through the single write path. */
interface Target {
  db: Db;
  ingest: typeof ingestPage;
}

async function run(target: Target, inputs: Input[], skipped: string[], url: string | undefined): Promise<number> {
  const started = performance.now();
  const summary: Summary = { read: 0, created: 0, existing: 0, failed: 0, skipped: skipped.length, newSources: [] };
  const output = outputFor(inputs);
  for (const name of skipped) output.page(`skipped ${name}: not a .txt, .text, .html, .htm, .ndjson or .jsonl file`);

  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  let stoppedBy: DatabaseFailure | undefined;
  try {
    for await (const page of pagesOf(inputs, url)) {
      summary.read++;
      ingestOne(target, page, summary, output);
      output.advance();
      // Lets the progress bar draw and a Ctrl-C land between pages, never inside one.
      await nextTurn();
      if (interrupted) break;
    }
  } catch (error) {
    if (!(error instanceof DatabaseFailure)) throw error;
    stoppedBy = error;
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    output.stop();
  }

  if (stoppedBy) console.error(`ingest stopped: ${stoppedBy.message}`);
  if (interrupted) {
    console.error(
      `ingest interrupted by ${interrupted}: the pages counted below are written; the same command again ingests the rest`,
    );
  }
  printSummary(summary, performance.now() - started);
  if (interrupted) return 128 + (interrupted === 'SIGINT' ? 2 : 15);
  return stoppedBy || summary.failed > 0 ? 1 : 0;
}

/** One page, written whole or not at all; its failure is counted and reported, a database failure rethrown. */
function ingestOne({ db, ingest }: Target, page: Page, summary: Summary, output: Output): void {
  if ('error' in page) {
    summary.failed++;
    output.failure(`failed ${page.provenance}: ${page.error}`);
    return;
  }
  try {
    const outcome = ingest(db, page.submission, { provenance: page.provenance });
    if (outcome.status === 'created') {
      summary.created++;
      const outlet = outcome.report.inferred.outlet;
      if (outlet.newSource) summary.newSources.push({ id: outlet.sourceId, name: outlet.value });
    } else {
      summary.existing++;
    }
    output.page(`${outcome.status} ${outcome.articleId} <- ${page.provenance}`);
  } catch (error) {
    const failure = databaseFailure(error);
    if (failure) throw failure;
    summary.failed++;
    output.failure(`failed ${page.provenance}: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  if (isDomainError(error)) return error.message;
  if (error instanceof z.ZodError) return zodReason(error);
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** SQLite's errors that are about the database, not the page: going on would fail every page the same way. */
const DATABASE_FAILURES =
  /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CORRUPT|NOTADB|READONLY|CANTOPEN|NOMEM|PERM|AUTH|PROTOCOL|NOLFS)(_\w+)?$/;

function databaseFailure(error: unknown): DatabaseFailure | undefined {
  if (!(error instanceof Database.SqliteError) || !DATABASE_FAILURES.test(error.code)) return undefined;
  const advice =
    error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED')
      ? `; another process held the write lock for more than ${BUSY_TIMEOUT_MS} ms`
      : error.code.startsWith('SQLITE_FULL')
        ? '; the disk is full'
        : '';
  return new DatabaseFailure(`the database failed (${error.code}: ${error.message})${advice}`);
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        type: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function inputType(value: string): InputType {
  if ((INPUT_TYPES as readonly string[]).includes(value)) return value as InputType;
  throw new UsageError(`--type must be one of ${INPUT_TYPES.join(', ')}, not "${value}"`);
}

/** The pages' files: named ones, and those found below named directories; standard input read whole. */
function collectInputs(args: readonly string[], forced: InputType | undefined): { inputs: Input[]; skipped: string[] } {
  const inputs: Input[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  let stdinTaken = false;
  const add = (path: string, type: InputType) => {
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    inputs.push({ kind: 'file', path, name: displayName(path), type });
  };
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats?.isDirectory()) walk(path);
      else if (stats?.isFile()) {
        const type = TYPE_OF_EXTENSION[extname(entry).toLowerCase()];
        if (type) add(path, type);
        else skipped.push(displayName(path));
      }
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      if (stdinTaken) throw new UsageError('- (standard input) is named twice');
      stdinTaken = true;
      const text = stripBom(readFileSync(0, 'utf8'));
      inputs.push({ kind: 'stdin', name: 'stdin', type: forced ?? sniffType(text), text });
      continue;
    }
    const stats = statSync(arg, { throwIfNoEntry: false });
    if (!stats) throw new UsageError(`${arg}: no such file or directory`);
    if (stats.isDirectory()) walk(arg);
    else {
      const type = forced ?? TYPE_OF_EXTENSION[extname(arg).toLowerCase()];
      if (type) add(arg, type);
      else skipped.push(displayName(arg));
    }
  }
  return { inputs, skipped };
}

/** NDJSON when every non-blank line is a JSON object; HTML when the text opens as an HTML document; else text. */
function sniffType(text: string): InputType {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length > 0 && lines.every(isJsonObject)) return 'ndjson';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) return 'text/html';
  return 'text/plain';
}

function isJsonObject(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function checkUrl(url: string, inputs: readonly Input[]): string {
  const [only, ...more] = inputs;
  if (!only || more.length > 0 || only.type === 'ndjson') {
    throw new UsageError('--url goes with one text or HTML page; NDJSON lines carry their own "url"');
  }
  const parsed = PageSubmissionSchema.shape.url.safeParse(url);
  if (!parsed.success) throw new UsageError(`--url ${zodReason(parsed.error)}`);
  return url;
}

/** This service's database at DATABASE_PATH, migrated as the server would; nothing else is opened. */
function openIngestDatabase(): Db {
  const { DATABASE_PATH: path } = loadConfig();
  const file = identifyDatabase(path);
  if (file.kind === 'absent') {
    throw new StartError(
      `there is no database at DATABASE_PATH ${path}: start the service or run \`npm run seed\` first`,
    );
  }
  if (file.kind === 'refused') throw new StartError(refusalMessage(path, file));
  const db = openDatabase(path);
  db.$client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (file.pending > 0) {
    migrateDatabase(db);
    console.error(`migrated ${path}: ${file.pending} migration(s) applied`);
  }
  return db;
}

/** A page ready to write, or one that could not be read into a submission, with where it came from. */
type Page = { provenance: string; submission: PageSubmission } | { provenance: string; error: string };

async function* pagesOf(inputs: readonly Input[], url: string | undefined): AsyncGenerator<Page> {
  for (const input of inputs) {
    if (input.type === 'ndjson') {
      yield* input.kind === 'stdin' ? ndjsonPages(input.name, input.text.split('\n')) : ndjsonFile(input);
      continue;
    }
    let content: string;
    if (input.kind === 'stdin') content = input.text;
    else {
      try {
        content = readPageFile(input.path);
      } catch (error) {
        yield { provenance: input.name, error: (error as Error).message };
        continue;
      }
    }
    yield submissionOf(input.name, { content, contentType: input.type, ...(url ? { url } : {}) });
  }
}

async function* ndjsonFile(input: Extract<Input, { kind: 'file' }>): AsyncGenerator<Page> {
  let lines: AsyncIterable<string>;
  try {
    const stream = createReadStream(input.path, { encoding: 'utf8' });
    // Opening errors surface on the first read; waiting for 'open' reports them as this file's failure.
    await new Promise<void>((ok, fail) => stream.once('open', () => ok()).once('error', fail));
    lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  } catch (error) {
    yield { provenance: input.name, error: `cannot be read (${(error as Error).message})` };
    return;
  }
  yield* ndjsonPages(input.name, lines);
}

async function* ndjsonPages(name: string, lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<Page> {
  let number = 0;
  try {
    for await (const raw of lines) {
      number++;
      const line = number === 1 ? stripBom(raw) : raw;
      if (line.trim() === '') continue;
      const provenance = `${name}:${number}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        yield { provenance, error: `not a JSON object (${(error as Error).message})` };
        continue;
      }
      yield submissionOf(provenance, value);
    }
  } catch (error) {
    // A file that fails while it is read (a disk error, a file cut short): its remaining lines cannot be told apart.
    if (typeof (error as { code?: unknown }).code !== 'string') throw error;
    yield { provenance: `${name}:${number + 1}`, error: `cannot be read (${(error as Error).message})` };
  }
}

/** A file's text; one larger than any page could be is refused before it is read. */
function readPageFile(path: string): string {
  try {
    if (statSync(path).size > MAX_PAGE_BYTES * 2) {
      throw new Error(`content: must be at most ${MAX_PAGE_BYTES} bytes of UTF-8`);
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') throw new Error(`cannot be read (${(error as Error).message})`);
    throw error;
  }
}

function submissionOf(provenance: string, value: unknown): Page {
  const parsed = PageSubmissionSchema.safeParse(value);
  if (!parsed.success) return { provenance, error: zodReason(parsed.error) };
  return { provenance, submission: parsed.data };
}

/** Each problem as `field: message`, the way the API names invalid fields. */
function zodReason(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') return `${issue.keys.join(', ')}: not a field of a page`;
      const field = issue.path.join('.');
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function outputFor(inputs: readonly Input[]): Output {
  const total = process.stderr.isTTY ? countPages(inputs) : 0;
  if (total < PROGRESS_BAR_PAGES) {
    return {
      page: (line) => console.log(line),
      failure: (line) => console.error(line),
      advance: () => {},
      stop: () => {},
    };
  }
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: 'ingest [{bar}] {percentage}% | {value}/{total} pages | {duration_formatted} | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  // Per-page lines still go to standard output when it is a file or a pipe; on the terminal the bar replaces them.
  const perPage = !process.stdout.isTTY;
  return {
    page: (line) => {
      if (perPage) console.log(line);
    },
    failure: (line) => bars.log(`${line}\n`),
    advance: () => bar.increment(),
    stop: () => {
      // Draws once more so the failures logged since the last frame are not lost with the bar.
      bars.update();
      bars.stop();
    },
  };
}

/** The number of pages the inputs hold: one per text or HTML file, one per non-blank NDJSON line. */
function countPages(inputs: readonly Input[]): number {
  let total = 0;
  for (const input of inputs) {
    if (input.type !== 'ndjson') total++;
    else {
      try {
        const text = input.kind === 'stdin' ? input.text : readFileSync(input.path, 'utf8');
        for (const line of text.split('\n')) if (line.trim() !== '') total++;
      } catch {
        total++;
      }
    }
  }
  return total;
}

function printSummary(summary: Summary, elapsedMs: number): void {
  const sources = summary.newSources.map((s) => (s.name ? `${s.id} (${s.name})` : s.id));
  console.log(
    [
      `pages read:      ${summary.read}`,
      `created:         ${summary.created}`,
      `already present: ${summary.existing}`,
      `failed:          ${summary.failed}`,
      `skipped files:   ${summary.skipped}`,
      `elapsed:         ${(elapsedMs / 1000).toFixed(2)} s`,
      `new sources:     ${sources.length ? sources.join(', ') : 'none'}`,
    ].join('\n'),
  );
}

/** A path as the user would type it from here: relative to the working directory. */
function displayName(path: string): string {
  return relative(process.cwd(), resolve(path)) || '.';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof StartError || (error instanceof Error && error.name === 'ConfigError')) {
      console.error(`ingest: ${error.message}`);
      if (error instanceof UsageError) console.error('Run `npm run ingest -- --help` for the usage.');
      process.exitCode = 2;
    } else {
      const failure = databaseFailure(error);
      if (!failure) throw error;
      console.error(`ingest stopped: ${failure.message}`);
      process.exitCode = 1;
    }
  }
}
