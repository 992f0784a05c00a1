import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildApp } from '../src/app.ts';
import type { Config } from '../src/config.ts';
import { seedDatabase } from '../src/ingest/build-database.ts';
import { CORPUS_DIR } from '../src/paths.ts';

/**
 * The README's `console` blocks are real sessions: each `$ curl …` line is run against the service on the seed
 * corpus and followed by what it printed. `npm run readme` runs them and writes their output in; the tests run them
 * and compare. Each block gets a server of its own on its own copy of the corpus (so a block that ingests pages
 * changes nothing for the next); one preceded by `<!-- env: NAME=value … -->` gets those settings.
 */

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));
/** Where the commands run: the repository, so that they can name its files (`--data-binary @docs/examples/…`). */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ADDRESS = 'http://127.0.0.1:3000';
const run = promisify(execFile);

/** Headers whose values change from one run to the next. */
const VOLATILE = ['date', 'x-request-id', 'ratelimit-reset', 'retry-after'];
/** JSON fields whose values change from one run to the next: when a page was ingested. */
const VOLATILE_FIELDS = ['ingestedAt'];

export interface Session {
  /** Where the block starts in the README. */
  offset: number;
  /** The whole block, fences included. */
  block: string;
  env: Partial<Config>;
  commands: { command: string; output: string }[];
}

const BLOCK = /(?:<!-- env: ([^>]*) -->\n)?```console\n([\s\S]*?)```/g;

/** Every console block of a README, with its commands and their recorded outputs. */
export function sessionsOf(readme: string): Session[] {
  return [...readme.matchAll(BLOCK)].map((m) => {
    const env = Object.fromEntries(
      (m[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => {
          const [name, value] = pair.split('=') as [string, string];
          return [name, Number.isNaN(Number(value)) ? value : Number(value)];
        }),
    ) as Partial<Config>;
    const commands: Session['commands'] = [];
    for (const line of (m[2] ?? '').split('\n')) {
      if (line.startsWith('$ ')) commands.push({ command: line.slice(2), output: '' });
      else if (commands.length) (commands.at(-1) as { output: string }).output += `${line}\n`;
    }
    for (const c of commands) c.output = c.output.replace(/\n+$/, '\n');
    return { offset: m.index ?? 0, block: m[0], env, commands };
  });
}

/** Runs each session's commands against a server of its own, in order; returns what each printed. */
export async function runSessions(sessions: readonly Session[]): Promise<string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'readme-'));
  try {
    const seeded = join(dir, 'seed.db');
    seedDatabase(CORPUS_DIR, seeded);
    const outputs: string[][] = [];
    for (const [i, session] of sessions.entries()) {
      // Each session on a copy of the seed corpus: what one writes is not seen by the next.
      const path = join(dir, `news-${i}.db`);
      copyFileSync(seeded, path);
      const app = await buildApp({ databasePath: path, config: { CURSOR_SECRET: 'r'.repeat(32), ...session.env } });
      try {
        await app.listen({ port: 0, host: '127.0.0.1' });
        const { port } = app.server.address() as { port: number };
        const printed: string[] = [];
        for (const { command } of session.commands) {
          const { stdout } = await run('sh', ['-c', command.replaceAll(ADDRESS, `http://127.0.0.1:${port}`)], {
            cwd: ROOT,
          });
          printed.push(`${stdout.replaceAll('\r\n', '\n').replace(/\n*$/, '\n')}`);
        }
        outputs.push(printed);
      } finally {
        await app.close();
      }
    }
    return outputs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An output with the values of volatile headers masked, for comparing two runs. */
export function stable(output: string): string {
  const pattern = new RegExp(`^(${VOLATILE.join('|')}): .*$`, 'gim');
  const fields = new RegExp(`"(${VOLATILE_FIELDS.join('|')})":"[^"]*"`, 'g');
  return output.replace(pattern, '$1: …').replace(fields, '"$1":"…"');
}

/** The README with every session's output replaced by what the commands print now. */
export async function renderReadme(readme: string): Promise<string> {
  const sessions = sessionsOf(readme);
  const outputs = await runSessions(sessions);
  let result = '';
  let last = 0;
  sessions.forEach((session, i) => {
    const body = session.commands.map((c, j) => `$ ${c.command}\n${outputs[i]?.[j] ?? ''}`).join('\n');
    const fenceStart = session.block.indexOf('```console\n');
    result += `${readme.slice(last, session.offset) + session.block.slice(0, fenceStart)}\`\`\`console\n${body}\`\`\``;
    last = session.offset + session.block.length;
  });
  return result + readme.slice(last);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README_PATH, await renderReadme(readFileSync(README_PATH, 'utf8')));
  console.log(`ran the examples of ${README_PATH}`);
}
