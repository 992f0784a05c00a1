import { parentPort, workerData } from 'node:worker_threads';
import { type Db, openDatabase } from '../db/client.ts';
import { candidateNames } from './link.ts';
import { type PageInput, preparePage } from './page/prepare-page.ts';
import { knownEntities, type PreparedSubmission } from './store.ts';

/**
 * The pipeline's thread: prepares one page at a time and, given the database, finds the names in it that no entity
 * matches (the costly part of linking), then sends back the result or the failure's message.
 */

export type PageReply =
  | { id: number; ok: true; prepared: PreparedSubmission }
  | { id: number; ok: false; message: string };

export interface PageWorkerData {
  /** The database whose entities the names are matched against (read only); without it, the writer finds them. */
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
  const { key, matcher } = knownEntities(db);
  return { page, names: { version: key, names: candidateNames(page.body, page.language.value, matcher) } };
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
