// Start-up never hides a lost database: a missing file is created and seeded only at the quick start's default path
// or with DATABASE_CREATE=true, and a file missing beside its write-ahead log is refused.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { tempDir } from '../helper.ts';

t.setTimeout(180_000);

/**
 * A copy of the project in a folder of its own (the code copied, the rest linked), so that its default database,
 * `data/news.db` under the project, is a file this test may create.
 */
function projectCopy(t: Test): string {
  const root = tempDir(t);
  cpSync(join(PROJECT_ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'));
  for (const linked of ['node_modules', 'migrations', 'seed'])
    symlinkSync(join(PROJECT_ROOT, linked), join(root, linked));
  return root;
}

function start(root: string, env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'server.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: '0', READ_THREADS: '1', LOG_LEVEL: 'info', ...env },
  });
}

/** Output until the server listens (resolves its URL) or exits (rejects with its output). */
function outcome(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; out: string; err: string; url?: string }> {
  return new Promise((resolve) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      const url = /listening at (http:\/\/[\d.]+:\d+)/i.exec(out)?.[1];
      if (url) resolve({ code: null, out, err, url });
    });
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

t.test(
  'a missing file at a path of the operator’s is refused, naming DATABASE_PATH and how to create it',
  async (t) => {
    const root = projectCopy(t);
    const path = join(tempDir(t), 'volume', 'news.db');
    const result = await outcome(start(root, { DATABASE_PATH: path }));
    t.equal(result.code, 1, 'exits 1');
    t.match(result.err, `DATABASE_PATH ${path} does not exist`);
    t.match(result.err, /npm run seed/);
    t.match(result.err, /DATABASE_CREATE=true/);
    t.notOk(existsSync(path), 'creates nothing');
    t.notOk(existsSync(join(path, '..')), 'not even its folder');
  },
);

t.test('a file missing beside its -wal or -shm is refused, even with DATABASE_CREATE=true', async (t) => {
  const root = projectCopy(t);
  for (const suffix of ['-wal', '-shm']) {
    const dir = tempDir(t);
    const path = join(dir, 'news.db');
    writeFileSync(`${path}${suffix}`, Buffer.alloc(64));
    const result = await outcome(start(root, { DATABASE_PATH: path, DATABASE_CREATE: 'true' }));
    t.equal(result.code, 1, `${suffix}: exits 1`);
    t.match(result.err, `DATABASE_PATH ${path} is missing, but ${path}${suffix} is there`);
    t.match(result.err, /lost from under its journal/);
    t.same(readdirSync(dir), [`news.db${suffix}`], `${suffix}: nothing created`);
  }
});

t.test('DATABASE_CREATE=true creates and seeds a missing file, and says why', async (t) => {
  const root = projectCopy(t);
  const path = join(tempDir(t), 'nested', 'news.db');
  const child = start(root, { DATABASE_PATH: path, DATABASE_CREATE: 'true' });
  t.teardown(() => stop(child));
  const result = await outcome(child);
  t.ok(result.url, `listens: ${result.err}`);
  t.match(result.out, /created it and seeded it from the seed corpus \(5 articles\), as it is DATABASE_CREATE=true/);
  const health = await fetch(`${result.url}/health`);
  t.same(await health.json(), { status: 'ok', articles: 5 });
  await stop(child);
});

t.test('the quick start: no DATABASE_PATH, the project’s data/news.db is created and seeded', async (t) => {
  const root = projectCopy(t);
  const child = start(root, {});
  t.teardown(() => stop(child));
  const result = await outcome(child);
  t.ok(result.url, `listens: ${result.err}`);
  t.ok(existsSync(join(root, 'data', 'news.db')), 'data/news.db created in the project');
  t.match(result.out, /as it is the quick start’s default path/);
  const health = await fetch(`${result.url}/health`);
  t.same(await health.json(), { status: 'ok', articles: 5 });
  await stop(child);

  const again = start(root, {});
  t.teardown(() => stop(again));
  const second = await outcome(again);
  t.ok(second.url, 'starts again on the file it made');
  t.notMatch(second.out, /created it/, 'without creating anything');
  await stop(again);
});
