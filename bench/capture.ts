import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';
import type { CapturedStatement } from './floor.ts';

/** The statements (SQL and parameters) the service runs for each request, captured from an in-process app. */
export async function captureStatements(path: string, requests: { name: string; url: string }[]) {
  const db = openDatabase(path, { readonly: true });
  const app = await buildApp({ db });
  const client = db.$client;
  const prepare = client.prepare.bind(client);
  let captured: CapturedStatement[] = [];
  // The client hands out cached statements: wrap each one once.
  const wrapped = new WeakSet<object>();
  client.prepare = ((source: string) => {
    const statement = prepare(source);
    if (wrapped.has(statement)) return statement;
    wrapped.add(statement);
    for (const method of ['all', 'get', 'run'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        captured.push({ sql: source, params });
        return original(...params);
      };
    }
    return statement;
  }) as typeof client.prepare;
  const plan: Record<string, CapturedStatement[]> = {};
  for (const request of requests) {
    captured = [];
    const response = await app.inject(request.url);
    if (response.statusCode !== 200) throw new Error(`${request.url}: ${response.statusCode} ${response.body}`);
    plan[request.name] = captured;
  }
  await app.close();
  db.$client.close();
  return plan;
}

export interface PlanLine {
  id: number;
  parent: number;
  detail: string;
}

/** Each captured statement with SQLite's plan for it. */
export function explain(
  db: import('better-sqlite3').Database,
  statements: readonly CapturedStatement[],
): { sql: string; plan: PlanLine[] }[] {
  return statements.map((s) => ({
    sql: s.sql,
    plan: db.prepare(`explain query plan ${s.sql}`).all(...s.params) as PlanLine[],
  }));
}
