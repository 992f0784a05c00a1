// The compiled service, run by node as `npm start` runs it: first start, refused files, bad settings, shutdown.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { PROJECT_ROOT } from '../src/paths.ts';
import { REPEATED_SIGNAL_MS } from '../src/workers.ts';
import { childOutcome, databaseBeforeStamp, seededDatabase, tempDir } from './helper.ts';

t.setTimeout(240_000);

// Every test runs the compiled server, so the build is part of what is tested: the build's own settings, into a
// folder of this run's (under .tap, inside the project as dist/ is) that another run's build cannot remove.
mkdirSync(join(PROJECT_ROOT, '.tap'), { recursive: true });
const BUILD = mkdtempSync(join(PROJECT_ROOT, '.tap', 'build-'));
chmodSync(BUILD, 0o755);
t.teardown(() => rmSync(BUILD, { recursive: true, force: true }));
const build = spawnSync(
  process.execPath,
  [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD],
  { cwd: PROJECT_ROOT, encoding: 'utf8' },
);
if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
const SERVER = join(BUILD, 'server.js');

/** A copy of one database seeded for this file: seeding for every server would take most of its time. */
const SEEDED = seededDatabase(t);
function seeded(t: Test, name = 'news.db'): string {
  const path = join(tempDir(t), name);
  copyFileSync(SEEDED, path);
  return path;
}

/**
 * Loaded into the server with --import: a response to a request with an `x-test-delay-ms` header is held that long
 * before it is sent, so a test can signal the server with a request in flight. The server's code is unchanged.
 */
const DELAY_RESPONSES = `data:text/javascript,${encodeURIComponent(`
  import { ServerResponse } from 'node:http';
  const end = ServerResponse.prototype.end;
  ServerResponse.prototype.end = function (...args) {
    const delay = Number(this.req?.headers['x-test-delay-ms'] ?? 0);
    if (!delay) return end.apply(this, args);
    process.stdout.write('holding a response\\n');
    setTimeout(() => end.apply(this, args), delay);
    return this;
  };
`)}`;

interface StartOptions {
  delayResponses?: boolean;
  /** Run as this user (and group) id. */
  uid?: number;
  cwd?: string;
}

function start(env: Record<string, string>, options: StartOptions = {}): ChildProcessWithoutNullStreams {
  const args = [...(options.delayResponses ? [`--import=${DELAY_RESPONSES}`] : []), SERVER];
  // One read thread each: many servers start at once here. Under tap, a child records itself in the folder that
  // _TAPJS_PROCESSINFO_CWD_ names; a child running as another user needs one it may write.
  const recorder = options.uid === undefined || !options.cwd ? {} : { _TAPJS_PROCESSINFO_CWD_: options.cwd };
  return spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, READ_THREADS: '1', ...recorder, ...env },
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
}

const exitOf = (child: ChildProcessWithoutNullStreams) => once(child, 'exit').then(([code]) => code as number | null);

/** Collects a child's output and resolves when a pattern has matched `times` times. */
function waitFor(child: ChildProcessWithoutNullStreams, pattern: RegExp, times = 1): Promise<RegExpMatchArray[]> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const matches = [...out.matchAll(new RegExp(pattern, 'g'))];
      if (matches.length >= times) {
        child.stdout.off('data', onData);
        child.off('exit', onExit);
        resolve(matches);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`server exited with ${code}: ${out}`));
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}

const LISTENING = /"pid":(\d+)[^\n]*listening at (http:\/\/[\d.]+:\d+)/i;
const HOLDING = /holding a response/;
const STACK_FRAME = /^\s+at .+/m;

/** A started server's URL; the server is killed when the test ends if it is still running. */
async function started(t: Test, child: ChildProcessWithoutNullStreams, workers = 1): Promise<string> {
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  const [first] = await waitFor(child, LISTENING, workers);
  return first?.[2] as string;
}

/** A GET on a connection of its own, so that each request may reach another worker process. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

t.test(
  'creates, seeds and serves the database when it is absent; SIGTERM lets a request in flight finish',
  async (t) => {
    const path = join(tempDir(t), 'nested', 'news.db');
    const child = start({ DATABASE_PATH: path, PORT: '0', DATABASE_CREATE: 'true' }, { delayResponses: true });
    const url = await started(t, child);
    t.ok(statSync(path).isFile(), 'database file created');
    const res = await get(`${url}/health`);
    t.equal(res.status, 200);
    t.same(JSON.parse(res.body), { status: 'ok', articles: 5 });

    const response = get(`${url}/health`, { 'x-test-delay-ms': '1500' });
    await waitFor(child, HOLDING);
    const exited = exitOf(child);
    const signalled = Date.now();
    child.kill('SIGTERM');
    const held = await response;
    t.equal(held.status, 200, 'the request in flight is answered');
    t.same(JSON.parse(held.body), { status: 'ok', articles: 5 });
    t.equal(await exited, 0, 'then the process exits 0');
    t.ok(Date.now() - signalled >= 1000, 'after waiting for it');
  },
);

t.test(
  'the same signal twice at once (to a process group: through npm and directly) is one request to stop',
  async (t) => {
    const child = start({ DATABASE_PATH: seeded(t), PORT: '0' }, { delayResponses: true });
    const url = await started(t, child);
    const response = get(`${url}/health`, { 'x-test-delay-ms': '1500' });
    await waitFor(child, HOLDING);
    const exited = exitOf(child);
    child.kill('SIGINT');
    await setTimeout(200);
    child.kill('SIGINT');
    t.equal((await response).status, 200, 'the request in flight is answered');
    t.equal(await exited, 0);
  },
);

t.test('a second signal while closing exits 1 at once', async (t) => {
  const child = start({ DATABASE_PATH: seeded(t), PORT: '0' }, { delayResponses: true });
  const url = await started(t, child);
  get(`${url}/health`, { 'x-test-delay-ms': '30000' }).catch(() => undefined);
  await waitFor(child, HOLDING);
  const exited = exitOf(child);
  child.kill('SIGTERM');
  await waitFor(child, /closing/);
  await setTimeout(REPEATED_SIGNAL_MS + 100);
  const signalled = Date.now();
  child.kill('SIGTERM');
  t.equal(await exited, 1);
  t.ok(Date.now() - signalled < 10_000, 'without waiting for the request');
});

t.test('a request still running at SHUTDOWN_TIMEOUT_MS exits 1', async (t) => {
  const child = start({ DATABASE_PATH: seeded(t), PORT: '0', SHUTDOWN_TIMEOUT_MS: '500' }, { delayResponses: true });
  const url = await started(t, child);
  get(`${url}/health`, { 'x-test-delay-ms': '20000' }).catch(() => undefined);
  await waitFor(child, HOLDING);
  const exited = exitOf(child);
  const signalled = Date.now();
  child.kill('SIGTERM');
  t.equal(await exited, 1);
  const took = Date.now() - signalled;
  t.ok(took >= 400 && took < 5000, `after the timeout (${took} ms)`);
});

t.test('WORKERS=2 serves one port from two processes and replaces one that dies', async (t) => {
  const child = start({ DATABASE_PATH: seeded(t), PORT: '0', WORKERS: '2' });
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  const listening = await waitFor(child, LISTENING, 2);
  const pids = listening.map((m) => Number(m[1]));
  const urls = new Set(listening.map((m) => m[2]));
  t.equal(new Set(pids).size, 2, 'two worker processes');
  t.equal(urls.size, 1, 'listening on one port');
  const url = [...urls][0] as string;
  for (let i = 0; i < 4; i++) t.equal((await get(`${url}/health`)).status, 200);

  const replaced = waitFor(child, LISTENING, 1);
  process.kill(pids[0] as number, 'SIGKILL');
  const [again] = await replaced;
  t.not(Number(again?.[1]), pids[0], 'a new worker took the dead one’s place');
  t.equal(again?.[2], url, 'on the same port');
  t.equal((await get(`${url}/health`)).status, 200);

  const exited = exitOf(child);
  child.kill('SIGTERM');
  t.equal(await exited, 0, 'the primary stops its workers and exits cleanly');
});

t.test(
  'WORKERS=2: every worker accepts the cursors of the others; SIGTERM lets requests in flight finish',
  async (t) => {
    const child = start({ DATABASE_PATH: seeded(t), PORT: '0', WORKERS: '2' }, { delayResponses: true });
    const url = await started(t, child, 2);
    const first = await get(`${url}/v1/articles?limit=1`);
    t.equal(first.status, 200);
    const { nextCursor } = JSON.parse(first.body) as { nextCursor: string };
    // Connections are handed to the workers in turn: four of them reach both.
    for (let i = 0; i < 4; i++) {
      const next = await get(`${url}/v1/articles?limit=1&cursor=${encodeURIComponent(nextCursor)}`);
      t.equal(next.status, 200, next.body);
    }

    const responses = [0, 1].map(() => get(`${url}/health`, { 'x-test-delay-ms': '1500' }));
    await waitFor(child, HOLDING, 2);
    const exited = exitOf(child);
    child.kill('SIGTERM');
    for (const res of await Promise.all(responses)) t.equal(res.status, 200, 'answered');
    t.equal(await exited, 0, 'the primary exits 0 once its workers have closed');
  },
);

t.test('a worker that cannot serve stops the service', async (t) => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  t.teardown(() => {
    blocker.close();
  });
  const port = (blocker.address() as AddressInfo).port;
  const child = start({ DATABASE_PATH: seeded(t), PORT: String(port), WORKERS: '2' });
  t.equal(await exitOf(child), 1, 'exits with an error instead of restarting workers forever');
});

t.test('a database of an earlier version is migrated at start', async (t) => {
  const { path } = databaseBeforeStamp(t);
  const child = start({ DATABASE_PATH: path, PORT: '0' });
  const url = await started(t, child);
  t.equal((await get(`${url}/health`)).status, 200);
  const after = new Database(path, { readonly: true });
  t.not(after.pragma('application_id', { simple: true }), 0, 'stamped');
  after.close();
});

t.test('start-up refuses a file that is not this service’s database, and leaves it as it was', async (t) => {
  const dir = tempDir(t);
  chmodSync(dir, 0o755);
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const otherApp = join(dir, 'other-app.db');
  const other = new Database(otherApp);
  other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
  other.close();
  const damaged = join(dir, 'damaged.db');
  copyFileSync(SEEDED, damaged);
  truncateSync(damaged, Math.floor(statSync(damaged).size / 2));
  const unreadable = join(dir, 'unreadable.db');
  copyFileSync(SEEDED, unreadable);
  chmodSync(unreadable, 0o000);
  const directory = join(dir, 'a-directory');
  mkdirSync(directory);
  // root reads any file: the unreadable case runs as nobody then, from a folder it may write.
  const asRoot = process.getuid?.() === 0;
  const cwd = join(dir, 'cwd');
  mkdirSync(cwd);
  chmodSync(cwd, 0o777);

  const cases = [
    { kind: 'an empty file', path: file('empty.db', ''), says: /is an empty file/ },
    { kind: "another application's SQLite file", path: otherApp, says: /did not create/ },
    { kind: 'a file that is not SQLite', path: file('notes.db', 'just some text\n'), says: /not a SQLite database/ },
    { kind: 'a damaged SQLite file', path: damaged, says: /damaged SQLite database/ },
    { kind: 'an unreadable file', path: unreadable, says: /cannot be read/, uid: asRoot ? 65534 : undefined },
    { kind: 'a directory', path: directory, says: /is a directory/ },
  ];
  await Promise.all(
    cases.map(async ({ kind, path, says, uid }) => {
      const before = statSync(path);
      const { code, err } = await childOutcome(start({ DATABASE_PATH: path, PORT: '0' }, { uid, cwd }));
      t.equal(code, 1, `${kind}: exits 1`);
      t.match(err, `DATABASE_PATH ${path}`, `${kind}: names DATABASE_PATH and the file`);
      t.match(err, says, `${kind}: says what is wrong`);
      t.notMatch(err, STACK_FRAME, `${kind}: no stack trace`);
      const after = statSync(path);
      t.same([after.size, after.mtimeMs], [before.size, before.mtimeMs], `${kind}: left as it was`);
    }),
  );
});

t.test('bad settings stop the start, each variable named, before anything else happens', async (t) => {
  const path = join(tempDir(t), 'news.db');
  // Every setting wrong at once: the error lists them all (test/app.test.ts tries more values of each).
  const bad: Record<string, string> = {
    PORT: 'not-a-port',
    HOST: '',
    LOG_LEVEL: 'loud',
    WORKERS: '1.5',
    READ_THREADS: '33',
    CURSOR_SECRET: 'shorter-than-32-characters',
    QUERY_TIMEOUT_MS: '10',
    CORS_ORIGIN: 'example.org',
    TRUST_PROXY: 'yes',
    RATE_LIMIT_READS: '0',
    RATE_LIMIT_WRITES: 'lots',
    RATE_LIMIT_WINDOW_MS: '1.5',
    MAX_EVENT_LOOP_DELAY_MS: '-1',
    REQUEST_TIMEOUT_MS: '0',
    HEADERS_TIMEOUT_MS: 'soon',
    KEEP_ALIVE_TIMEOUT_MS: 'forever',
    BODY_LIMIT_BYTES: '1MB',
    SHUTDOWN_TIMEOUT_MS: '',
  };
  const all = await childOutcome(start({ DATABASE_PATH: path, ...bad }));
  t.equal(all.code, 1, 'exits 1');
  for (const name of Object.keys(bad)) t.match(all.err, new RegExp(`^  ${name}: `, 'm'), `names ${name}`);
  t.notMatch(all.err, STACK_FRAME, 'no stack trace');
  t.notOk(existsSync(path), 'creates no database');

  // Valid one by one, wrong together.
  const headers = await childOutcome(
    start({ DATABASE_PATH: path, REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' }),
  );
  t.equal(headers.code, 1);
  t.match(headers.err, /^ {2}HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS/m);
});
