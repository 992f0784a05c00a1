// `npm start` on a fresh machine: creates and seeds the database itself, listens, and refuses bad config.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import t from 'tap';
import { tempDir } from './helper.ts';

const SERVER = new URL('../src/server.ts', import.meta.url).pathname;

function start(env: Record<string, string>) {
  return spawn(process.execPath, ['--import=tsx', SERVER], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

t.test('creates, seeds and serves the database when it is absent', async (t) => {
  const path = join(tempDir(t), 'nested', 'news.db');
  const child = start({ DATABASE_PATH: path, PORT: '0', LOG_LEVEL: 'info' });
  t.teardown(() => {
    child.kill('SIGTERM');
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/listening at (http:\/\/[\d.]+:\d+)/i);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  t.ok(existsSync(path), 'database file created');
  const res = await fetch(`${url}/health`);
  t.equal(res.status, 200);
  t.same(await res.json(), { status: 'ok', articles: 5 });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  t.equal(await exited, 0, 'shuts down cleanly on SIGTERM');
});

t.test('a bad setting stops the start with the variable named', async (t) => {
  const child = start({ DATABASE_PATH: join(tempDir(t), 'news.db'), PORT: 'not-a-port' });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  t.equal(code, 1);
  t.match(err, /PORT/);
});

/** Collects a child's output and resolves when a pattern has matched `times` times. */
function waitFor(child: ReturnType<typeof start>, pattern: RegExp, times = 1): Promise<RegExpMatchArray[]> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const matches = [...out.matchAll(new RegExp(pattern, 'g'))];
      if (matches.length >= times) {
        child.stdout.off('data', onData);
        resolve(matches);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const LISTENING = /"pid":(\d+)[^\n]*listening at (http:\/\/[\d.]+:\d+)/i;

t.test('WORKERS=2 serves one port from two processes and replaces one that dies', async (t) => {
  const path = join(tempDir(t), 'news.db');
  const child = start({ DATABASE_PATH: path, PORT: '0', LOG_LEVEL: 'info', WORKERS: '2' });
  t.teardown(() => {
    child.kill('SIGKILL');
  });
  const started = await waitFor(child, LISTENING, 2);
  const pids = started.map((m) => Number(m[1]));
  const urls = new Set(started.map((m) => m[2]));
  t.equal(new Set(pids).size, 2, 'two worker processes');
  t.equal(urls.size, 1, 'listening on one port');
  const url = [...urls][0] as string;
  for (let i = 0; i < 4; i++) t.equal((await fetch(`${url}/health`)).status, 200);

  const replaced = waitFor(child, LISTENING, 1);
  process.kill(pids[0] as number, 'SIGKILL');
  const [again] = await replaced;
  t.not(Number(again?.[1]), pids[0], 'a new worker took the dead one’s place');
  t.equal(again?.[2], url, 'on the same port');
  t.equal((await fetch(`${url}/health`)).status, 200);

  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  t.equal(await exited, 0, 'the primary stops its workers and exits cleanly');
});

t.test('a worker that cannot serve stops the service', async (t) => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  t.teardown(() => {
    blocker.close();
  });
  const port = (blocker.address() as AddressInfo).port;
  const child = start({ DATABASE_PATH: join(tempDir(t), 'news.db'), PORT: String(port), WORKERS: '2' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  t.equal(code, 1, 'exits with an error instead of restarting workers forever');
});

t.test('WORKERS must be a whole number from 1', async (t) => {
  for (const value of ['0', 'two', '1.5']) {
    const child = start({ DATABASE_PATH: join(tempDir(t), 'news.db'), WORKERS: value });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    t.equal(code, 1, `WORKERS=${value}`);
    t.match(err, /WORKERS/);
  }
});
