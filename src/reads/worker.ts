import { parentPort, workerData } from 'node:worker_threads';
import { withBudget } from '../db/budget.ts';
import { openDatabase } from '../db/client.ts';
import { setCursorKey } from '../routes/pagination.ts';
import { runRead } from '../routes/reads.ts';
import { type ReadReply, serializeError } from './pool.ts';

/** One read thread: its own read-only connection, one read at a time, each within the budget it is sent with. */

const { databasePath, cursorSecret } = workerData as { databasePath: string; cursorSecret: string };
const port = parentPort;
if (!port) throw new Error('the read worker runs in a worker thread');

setCursorKey(cursorSecret);
const db = openDatabase(databasePath, { readonly: true });

port.on('message', (job: { id: number; name: Parameters<typeof runRead>[1]; input: never; budgetMs: number }) => {
  let reply: ReadReply;
  try {
    const value = withBudget(db.$client, job.budgetMs, () => runRead(db, job.name, job.input));
    reply = { id: job.id, ok: true, json: JSON.stringify(value) };
  } catch (error) {
    reply = { id: job.id, ok: false, error: serializeError(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
