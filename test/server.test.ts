// `npm start` on a fresh machine: creates and seeds the database itself, listens, and refuses bad config.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
