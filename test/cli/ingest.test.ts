// `npm run ingest` writes each page whole through the one write path, reports every failure by file and line without
// stopping, changes nothing on a second run, and refuses to create or touch a database that is not there or not ours.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { seededDatabase, tempDir } from '../helper.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/ingest.ts');
const TSX = import.meta.resolve('tsx');
const FIXTURES = 'test/fixtures/pages';

/** Seeded once; each test ingests into a copy of its own. */
const SEEDED = seededDatabase(t);

// Every test starts the script afresh, and loading the page pipeline takes seconds on a busy machine.
t.setTimeout(300_000);

function freshDatabase(t: Test): string {
  const path = join(tempDir(t), 'news.db');
  copyFileSync(SEEDED, path);
  return path;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the script as `npm run ingest` does, in `cwd` (the repository by default), with DATABASE_PATH set. */
function ingest(
  args: string[],
  options: { db: string; cwd?: string; stdin?: string; onStderr?: (text: string) => void },
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', TSX, SCRIPT, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, DATABASE_PATH: options.db },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      options.onStderr?.(stderr);
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** The summary's `label: value` lines. */
function summaryOf(run: Run): Record<string, string> {
  const lines = run.stdout.split('\n').map((line) => /^([a-z ]+):\s+(.*)$/.exec(line));
  return Object.fromEntries(lines.filter((m) => m !== null).map((m) => [m[1], m[2]]));
}

/** The `created|existing <id> <- <provenance>` lines, as [status, id, provenance]. */
function pagesOf(run: Run): [string, string, string][] {
  return [...run.stdout.matchAll(/^(created|existing) (\S+) <- (.+)$/gm)].map((m) => [m[1], m[2], m[3]] as never);
}

function query<T>(path: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

function counts(path: string) {
  const [row] = query<Record<string, number>>(
    path,
    `select (select count(*) from articles) articles, (select count(*) from mentions) mentions,
      (select count(*) from article_entities) articleEntities, (select count(*) from sources) sources,
      (select count(*) from article_search) searchRows`,
  );
  return row;
}

interface ArticleRow {
  id: string;
  origin: string;
  file: string;
  contentType: string;
  url: string | null;
  sourceId: string;
}

function article(path: string, id: string): ArticleRow | undefined {
  return query<ArticleRow>(
    path,
    `select id, origin, file, content_type contentType, url, source_id sourceId from articles where id = ?`,
    id,
  )[0];
}

/** The ids of articles the full-text index finds for `match`. */
function searchIds(path: string, match: string): string[] {
  return query<{ id: string }>(
    path,
    `select a.id from article_search s join articles a on a.doc_id = s.rowid where article_search match ? order by a.id`,
    match,
  ).map((r) => r.id);
}

/** A page about the seed corpus's story, so that its mentions link to known entities. */
const SUMMIT_PAGE = `Putin lands in Pyongyang for rare summit

Vladimir Putin arrived in Pyongyang early on Wednesday for his first visit to North Korea in twenty-four years, and was met at the airport by Kim Jong-un.

The two leaders are expected to sign an agreement on closer ties between Russia and North Korea during the visit, officials in Moscow said.

Kim Jong-un called the visit a sign of the strength of the friendship between the two countries, according to state media.
`;

t.test('a .txt and a .html file: one article each, with mentions, searchable, the path as provenance', async (t) => {
  const db = freshDatabase(t);
  const dir = tempDir(t);
  writeFileSync(join(dir, 'summit.txt'), SUMMIT_PAGE);
  copyFileSync(join(ROOT, FIXTURES, 'en-county-fair.html'), join(dir, 'fair.html'));
  const before = counts(db);
  const run = await ingest(['summit.txt', 'fair.html'], { db, cwd: dir });
  t.equal(run.code, 0, run.stderr);
  const [[status, id, provenance] = [], fair] = pagesOf(run);
  t.equal(status, 'created');
  t.equal(provenance, 'summit.txt', 'the path relative to the working directory');
  t.match(article(db, id as string), { origin: 'ingest', file: 'summit.txt', contentType: 'text/plain' });
  const mentioned = query<{ entityId: string }>(
    db,
    'select distinct entity_id entityId from mentions where article_id = ? order by 1',
    id,
  ).map((m) => m.entityId);
  t.ok(mentioned.includes('vladimir-putin') && mentioned.includes('kim-jong-un'), `mentions: ${mentioned}`);
  t.ok(mentioned.includes('pyongyang'), 'places too');
  t.ok(searchIds(db, 'airport').includes(id as string), 'the full-text index finds it');

  t.same(fair, ['created', 'record-crowds-at-the-county-fair', 'fair.html']);
  t.match(article(db, 'record-crowds-at-the-county-fair'), {
    origin: 'ingest',
    file: 'fair.html',
    contentType: 'text/html',
    sourceId: 'midland-gazette',
  });
  t.same(searchIds(db, 'livestock'), ['record-crowds-at-the-county-fair']);

  const after = counts(db);
  t.equal(after?.articles, (before?.articles ?? 0) + 2);
  t.equal(after?.searchRows, (before?.searchRows ?? 0) + 2);
  t.ok((after?.mentions ?? 0) > (before?.mentions ?? 0));
});

t.test('a directory: .txt and .html files at any depth, other files skipped and counted', async (t) => {
  const db = freshDatabase(t);
  const dir = tempDir(t);
  mkdirSync(join(dir, 'pages/more'), { recursive: true });
  for (const [name, to] of [
    ['en-library-reopens.txt', 'pages/library.txt'],
    ['en-ferry-resumes.html', 'pages/more/ferry.htm'],
    ['fr-ecole-nantes.txt', 'pages/more/ecole.TEXT'],
  ] as const) {
    copyFileSync(join(ROOT, FIXTURES, name), join(dir, to));
  }
  writeFileSync(join(dir, 'pages/notes.md'), '# not a page\n');
  writeFileSync(join(dir, 'pages/more/data.json'), '{}\n');
  const run = await ingest(['pages'], { db, cwd: dir });
  t.equal(run.code, 0, run.stderr);
  t.same(
    pagesOf(run).map(([status, , provenance]) => [status, provenance]),
    [
      ['created', 'pages/library.txt'],
      ['created', 'pages/more/ecole.TEXT'],
      ['created', 'pages/more/ferry.htm'],
    ],
    'walked in name order',
  );
  t.match(run.stdout, /^skipped pages\/notes\.md: /m);
  t.match(run.stdout, /^skipped pages\/more\/data\.json: /m);
  t.match(summaryOf(run), { 'pages read': '3', created: '3', 'skipped files': '2', failed: '0' });
  const types = query<{ file: string; contentType: string }>(
    db,
    "select file, content_type contentType from articles where origin = 'ingest' order by file",
  );
  t.same(types, [
    { file: 'pages/library.txt', contentType: 'text/plain' },
    { file: 'pages/more/ecole.TEXT', contentType: 'text/plain' },
    { file: 'pages/more/ferry.htm', contentType: 'text/html' },
  ]);
});

t.test('NDJSON: a bad line is named with its line and field, the good lines are written, exit 1', async (t) => {
  const db = freshDatabase(t);
  const dir = tempDir(t);
  const lines = [
    JSON.stringify({ content: SUMMIT_PAGE, url: 'https://news.example/putin-pyongyang', published: '2024-06-19' }),
    '',
    JSON.stringify({ content: readFileSync(join(ROOT, FIXTURES, 'en-garden-award.txt'), 'utf8'), url: 'ftp://x' }),
    '{"content": "not closed"',
    JSON.stringify({ content: 'Some page', colour: 'blue' }),
    JSON.stringify({
      content: readFileSync(join(ROOT, FIXTURES, 'en-county-fair.html'), 'utf8'),
      contentType: 'text/html',
      source: 'Midland Gazette',
    }),
  ];
  writeFileSync(join(dir, 'pages.ndjson'), `${lines.join('\n')}\n`);
  const before = counts(db);
  const run = await ingest(['pages.ndjson'], { db, cwd: dir });
  t.equal(run.code, 1, 'a failed page makes the exit code 1');
  t.same(
    pagesOf(run).map(([status, , provenance]) => [status, provenance]),
    [
      ['created', 'pages.ndjson:1'],
      ['created', 'pages.ndjson:6'],
    ],
  );
  t.match(run.stderr, /^failed pages\.ndjson:3: url: must be an http or https URL$/m, 'the field is named');
  t.match(run.stderr, /^failed pages\.ndjson:4: not a JSON object \(/m);
  t.match(run.stderr, /^failed pages\.ndjson:5: colour: not a field of a page$/m);
  t.notMatch(run.stderr, /pages\.ndjson:2/, 'a blank line is no page');
  t.match(summaryOf(run), { 'pages read': '5', created: '2', failed: '3' });
  t.equal(counts(db)?.articles, (before?.articles ?? 0) + 2);
  const [first] = pagesOf(run);
  t.match(article(db, first?.[1] as string), {
    origin: 'ingest',
    file: 'pages.ndjson:1',
    url: 'https://news.example/putin-pyongyang',
  });
  t.equal(article(db, 'record-crowds-at-the-county-fair')?.file, 'pages.ndjson:6');
});

t.test('pages the pipeline refuses fail one by one; the others are written', async (t) => {
  const db = freshDatabase(t);
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a-empty.txt'), '  \n\n');
  writeFileSync(join(dir, 'b-binary.txt'), `PNG\u0000\u0001\u0002 Putin arrived in Pyongyang on Wednesday.`);
  writeFileSync(join(dir, 'c-menu.txt'), 'Home\nNews\nSport\nSign in\n');
  writeFileSync(join(dir, 'd-good.txt'), SUMMIT_PAGE);
  const run = await ingest(['.'], { db, cwd: dir });
  t.equal(run.code, 1);
  t.match(run.stderr, /^failed a-empty\.txt: content: must not be empty/m);
  t.match(run.stderr, /^failed b-binary\.txt: content: is not text: it contains NUL characters$/m);
  t.match(run.stderr, /^failed c-menu\.txt: content: no line of the page reads as story text/m);
  t.same(
    pagesOf(run).map(([status, , provenance]) => [status, provenance]),
    [['created', 'd-good.txt']],
  );
  t.match(summaryOf(run), { 'pages read': '4', created: '1', failed: '3' });
  t.equal(query(db, "select id from articles where origin = 'ingest'").length, 1, 'nothing of the failed pages');
});

t.test('standard input: one text page, or NDJSON when every line is a JSON object', async (t) => {
  const db = freshDatabase(t);
  const text = await ingest(['-'], { db, stdin: SUMMIT_PAGE });
  t.equal(text.code, 0, text.stderr);
  const [[, textId, textProvenance] = []] = pagesOf(text);
  t.equal(textProvenance, 'stdin');
  t.match(article(db, textId as string), { origin: 'ingest', file: 'stdin', contentType: 'text/plain' });

  const ndjson = [
    { content: readFileSync(join(ROOT, FIXTURES, 'en-library-reopens.txt'), 'utf8') },
    { content: readFileSync(join(ROOT, FIXTURES, 'de-stadtbad.html'), 'utf8'), contentType: 'text/html' },
  ]
    .map((line) => JSON.stringify(line))
    .join('\n');
  const lines = await ingest(['-'], { db, stdin: ndjson });
  t.equal(lines.code, 0, lines.stderr);
  t.same(
    pagesOf(lines).map(([status, , provenance]) => [status, provenance]),
    [
      ['created', 'stdin:1'],
      ['created', 'stdin:2'],
    ],
  );
  const html = article(db, pagesOf(lines)[1]?.[1] as string);
  t.match(html, { file: 'stdin:2', contentType: 'text/html' });

  const forced = await ingest(['--type', 'text/html', '--url', 'https://www.weser-kurier.example/stadtbad', '-'], {
    db,
    stdin: readFileSync(join(ROOT, FIXTURES, 'de-stadtbad.html'), 'utf8').replace('</body>', '<p>Update.</p></body>'),
  });
  t.equal(forced.code, 0, forced.stderr);
  const forcedRow = article(db, pagesOf(forced)[0]?.[1] as string);
  t.match(forcedRow, { contentType: 'text/html', url: 'https://www.weser-kurier.example/stadtbad' });
});

t.test('the summary; a second run writes nothing and reports every page as already present', async (t) => {
  const db = freshDatabase(t);
  const dir = tempDir(t);
  copyFileSync(join(ROOT, FIXTURES, 'en-county-fair.html'), join(dir, 'fair.html'));
  copyFileSync(join(ROOT, FIXTURES, 'es-biblioteca-movil.html'), join(dir, 'biblioteca.html'));
  copyFileSync(join(ROOT, FIXTURES, 'en-library-reopens.txt'), join(dir, 'library.txt'));
  writeFileSync(join(dir, 'bad.ndjson'), '{"content": ""}\n');
  writeFileSync(join(dir, 'image.png'), 'not a page');
  const first = await ingest(['.'], { db, cwd: dir });
  t.equal(first.code, 1, 'one page failed');
  t.match(summaryOf(first), {
    'pages read': '4',
    created: '3',
    'already present': '0',
    failed: '1',
    'skipped files': '1',
    elapsed: /^\d+\.\d\d s$/,
    'new sources':
      /^\S+ \(.+\), midland-gazette \(Midland Gazette\), riverside-courier-media \(Riverside Courier Media\)$/,
  });
  t.same(
    query(db, 'select id, name from sources where id = ?', 'midland-gazette'),
    [{ id: 'midland-gazette', name: 'Midland Gazette' }],
    'the new source is written',
  );
  const written = counts(db);

  const second = await ingest(['.'], { db, cwd: dir });
  t.equal(second.code, 1, 'the bad page fails again');
  t.same(
    pagesOf(second),
    pagesOf(first).map(([, id, provenance]) => ['existing', id, provenance]),
  );
  t.match(summaryOf(second), { created: '0', 'already present': '3', failed: '1', 'new sources': 'none' });
  t.same(counts(db), written, 'row counts unchanged');
});

t.test('no database: exit 2 with advice, and no file is created', async (t) => {
  const db = join(tempDir(t), 'none', 'news.db');
  const run = await ingest([`${FIXTURES}/en-library-reopens.txt`], { db });
  t.equal(run.code, 2);
  t.match(run.stderr, 'there is no database at DATABASE_PATH');
  t.match(run.stderr, 'start the service or run `npm run seed` first');
  t.notOk(existsSync(db), 'no file');
  t.notOk(existsSync(resolve(db, '..')), 'no folder');
});

t.test('a file that is not this service’s database is refused untouched, exit 2', async (t) => {
  const db = join(tempDir(t), 'other.db');
  const other = new Database(db);
  other.exec('create table notes (body text)');
  other.close();
  const bytes = readFileSync(db);
  const run = await ingest([`${FIXTURES}/en-library-reopens.txt`], { db });
  t.equal(run.code, 2);
  t.match(run.stderr, /DATABASE_PATH .*other\.db is a SQLite database that this service did not create/);
  t.same(readFileSync(db), bytes, 'unchanged');
});

t.test('bad arguments: exit 2 before anything is written', async (t) => {
  const db = freshDatabase(t);
  const before = counts(db);
  const cases: [string[], RegExp][] = [
    [[], /name at least one file/],
    [['missing.txt'], /missing\.txt: no such file or directory/],
    [['--type', 'pdf', '-'], /--type must be one of text\/plain, text\/html, ndjson/],
    [['--url', 'https://a.example/', FIXTURES], /--url goes with one text or HTML page/],
  ];
  for (const [args, message] of cases) {
    const run = await ingest(args, { db });
    t.equal(run.code, 2, args.join(' '));
    t.match(run.stderr, message);
  }
  t.same(counts(db), before);
  const help = await ingest(['--help'], { db });
  t.equal(help.code, 0);
  t.match(help.stdout, /^Usage: npm run ingest -- /);
});

t.test('a running writer: ingest waits for its lock, and stops with a clear message past the timeout', async (t) => {
  const db = freshDatabase(t);
  const writer = new Database(db);
  t.teardown(() => writer.close());
  writer.pragma('journal_mode = WAL');
  const dir = tempDir(t);
  // The bad line first: once its failure is printed, the script is at the good page, which needs the lock.
  writeFileSync(join(dir, 'pages.ndjson'), `not json\n${JSON.stringify({ content: SUMMIT_PAGE })}\n`);
  writer.exec('begin immediate');
  let released = false;
  const waited = await ingest(['pages.ndjson'], {
    db,
    cwd: dir,
    onStderr: (text) => {
      if (released || !text.includes('failed pages.ndjson:1')) return;
      released = true;
      setTimeout(() => writer.exec('commit'), 1000);
    },
  });
  t.ok(released, 'the lock was held while the script reached the page');
  t.equal(waited.code, 1, 'the bad line fails');
  t.match(summaryOf(waited), { created: '1', failed: '1' }, 'the good page was written once the lock was free');

  writer.exec('begin immediate');
  const stopped = await ingest([`${FIXTURES}/en-garden-award.txt`, `${FIXTURES}/fr-ecole-nantes.txt`], { db });
  writer.exec('rollback');
  t.equal(stopped.code, 1);
  t.match(stopped.stderr, /^ingest stopped: the database failed \(SQLITE_BUSY: .*more than 5000 ms$/m);
  t.match(summaryOf(stopped), { 'pages read': '1', created: '0', failed: '0' }, 'stopped at the first page');
  t.equal(query(db, "select id from articles where origin = 'ingest'").length, 1, 'nothing of the stopped run');
});
