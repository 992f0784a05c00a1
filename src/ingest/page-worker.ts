import { parentPort } from 'node:worker_threads';
import { type PageInput, type PreparedPage, preparePage } from './page/prepare-page.ts';

/** The pipeline's thread: prepares one page at a time and sends back the result or the failure's message. */

export type PageReply = { id: number; ok: true; page: PreparedPage } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('the page worker runs in a worker thread');

port.on('message', (job: { id: number; input: PageInput }) => {
  let reply: PageReply;
  try {
    reply = { id: job.id, ok: true, page: preparePage(job.input) };
  } catch (error) {
    reply = { id: job.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
