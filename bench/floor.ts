import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { installBudget } from '../src/db/budget.ts';
import { serveOnLoopback } from './listen.ts';

/**
 * The floor: a bare Fastify route per benchmark request that runs the very statements the service ran for it,
 * with the same parameters, through better-sqlite3, and answers JSON.stringify of the rows. No validation,
 * no assembling, no schema: what the stack costs before the service adds anything. It runs in as many processes
 * as the service does.
 */

export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

const [path, plan, workers = '1'] = process.argv.slice(2);
if (!path || !plan) throw new Error('usage: floor.ts DATABASE_PATH PLAN.json [WORKERS]');
const routes = JSON.parse(readFileSync(plan, 'utf8')) as Record<string, CapturedStatement[]>;

await serveOnLoopback(Number(workers), async () => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('mmap_size = 268435456');
  db.pragma('cache_size = -32000');
  // The service's statements call its budget check; it is part of what the SQL costs.
  installBudget(db);
  const app = Fastify({ logger: false });
  for (const [name, statements] of Object.entries(routes)) {
    const prepared = statements.map((s) => ({ statement: db.prepare(s.sql), params: s.params }));
    app.get(`/${name}`, (_request, reply) => {
      const results = prepared.map(({ statement, params }) => statement.all(...params));
      reply.type('application/json').send(JSON.stringify(results));
    });
  }
  return app;
});
