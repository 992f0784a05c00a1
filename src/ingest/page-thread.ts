import type { Worker } from 'node:worker_threads';
import { DomainError, unprocessable } from '../lib/errors.ts';
import { siblingModule, startThread } from '../lib/threads.ts';
import type { PageInput } from './page/prepare-page.ts';
import type { PageReply, PageWorkerData } from './page-worker.ts';
import type { PreparedSubmission } from './store.ts';

/**
 * Runs the per-page pipeline (HTML parsing, Readability, language identification, date parsing: tens of
 * milliseconds of CPU for a news page, seconds for a pathological one) in a thread of its own, so a page being
 * ingested never holds up the requests the server is answering. Pages are prepared one at a time, in order; a page
 * that runs past `timeoutMs` is refused and its thread replaced. At most `maxQueued` pages wait: past that the
 * service is busy.
 */

const WORKER_URL = siblingModule(import.meta.url, 'page-worker');

interface Job {
  id: number;
  input: PageInput;
  resolve: (prepared: PreparedSubmission) => void;
  reject: (error: Error) => void;
}

export interface PageThreadOptions {
  timeoutMs: number;
  maxQueued: number;
  /** The database whose entities the thread matches names against, read only (see page-worker.ts). */
  databasePath?: string | null;
}

export class PageThread {
  #worker: Worker | undefined;
  #running: (Job & { timer: NodeJS.Timeout }) | undefined;
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;

  constructor(private readonly options: PageThreadOptions) {}

  prepare(input: PageInput): Promise<PreparedSubmission> {
    if (this.#closed) return Promise.reject(new Error('the page thread is closed'));
    if (this.#queue.length >= this.options.maxQueued) {
      return Promise.reject(
        new DomainError({
          kind: 'busy',
          budgetMs: this.options.timeoutMs,
          reason: `${this.#queue.length} pages are already waiting to be processed; try again shortly.`,
        }),
      );
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, input, resolve, reject });
      this.#next();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('the page thread is closed'));
    await this.#worker?.terminate();
    this.#worker = undefined;
  }

  #next(): void {
    if (this.#running || this.#closed) return;
    const job = this.#queue.shift();
    if (!job) return;
    const worker = this.#thread();
    const timer = setTimeout(() => this.#timedOut(), this.options.timeoutMs);
    this.#running = { ...job, timer };
    worker.postMessage({ id: job.id, input: job.input });
  }

  #thread(): Worker {
    if (this.#worker) return this.#worker;
    const worker = startThread(WORKER_URL, {
      databasePath: this.options.databasePath ?? null,
    } satisfies PageWorkerData);
    worker.on('message', (reply: PageReply) => this.#settle(reply));
    worker.on('error', (error) => this.#failed(worker, error));
    worker.on('exit', () => {
      if (this.#worker === worker) this.#failed(worker, new Error('the page thread stopped'));
    });
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  #settle(reply: PageReply): void {
    const job = this.#running;
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    this.#running = undefined;
    if (reply.ok) job.resolve(reply.prepared);
    else job.reject(new Error(`the page pipeline failed: ${reply.message}`));
    this.#next();
  }

  /** The thread died under a page: that page fails, the next one gets a new thread. */
  #failed(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    const job = this.#running;
    this.#running = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    this.#next();
  }

  #timedOut(): void {
    const job = this.#running;
    const worker = this.#worker;
    this.#running = undefined;
    this.#worker = undefined;
    void worker?.terminate();
    job?.reject(
      unprocessable(
        'content',
        `the page took longer than ${this.options.timeoutMs} ms to process and was abandoned; a page this costly is refused`,
      ),
    );
    this.#next();
  }
}
