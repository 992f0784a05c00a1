import { parentPort, workerData } from 'node:worker_threads';
import { type Db, openDatabase } from '../db/client.ts';
import { type PageInput, preparePage } from './page/prepare-page.ts';
import { linkAhead, type PreparedSubmission } from './store.ts';

/**
 * The pipeline's thread: prepares one page at a time and, given the database, links it (names, candidates,
 * quotations: English names go through compromise), then sends back the result or the failure's message.
 */

export type PageReply =
  | { id: number; ok: true; prepared: PreparedSubmission }
  | { id: number; ok: false; message: string };

export interface PageWorkerData {
  /** The database whose entities the page is linked against (read only); without it, the writer links it. */
  databasePath?: string | null;
}

const port = parentPort;
if (!port) throw new Error('the page worker runs in a worker thread');
const databasePath = (workerData as PageWorkerData | null)?.databasePath ?? null;
let db: Db | null = null;

function prepare(input: PageInput): PreparedSubmission {
  const page = preparePage(input);
  if (!databasePath) return { page };
  db ??= openDatabase(databasePath, { readonly: true });
  return { page, links: linkAhead(db, page) };
}

port.on('message', (job: { id: number; input: PageInput }) => {
  let reply: PageReply;
  try {
    reply = { id: job.id, ok: true, prepared: prepare(job.input) };
  } catch (error) {
    reply = { id: job.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
