import type { Worker } from 'node:worker_threads';
import { BudgetExceeded, withBudget } from '../db/budget.ts';
import type { Db } from '../db/client.ts';
import { DomainError, type DomainErrorData } from '../lib/errors.ts';
import { siblingModule, startThread } from '../lib/threads.ts';
import { type ReadInput, type ReadName, type ReadResult, runRead } from '../routes/reads.ts';

/**
 * Database reads off the event loop. better-sqlite3 runs a statement to its end on the calling thread, so one slow
 * query on the server's thread would stop every other request. The pool runs each read on one of N worker threads,
 * each with its own read-only connection, within a time budget: statements that call `within_budget()` stop
 * themselves at the deadline, and a thread that still has not answered shortly after is terminated and replaced.
 * A request whose client goes away cancels its read. With zero threads, reads run inline (scripts, query counting).
 */

export interface ReadPoolOptions {
  /** The database file each thread opens read-only; required when `threads` > 0. */
  databasePath?: string;
  /** An open database for inline reads (`threads` = 0). */
  db?: Db;
  threads: number;
  /** Longest a read may run, and longest it may wait for a free thread, in milliseconds. */
  budgetMs: number;
  /** The HMAC key the threads sign cursors with. */
  cursorSecret: string;
}

/** What crosses back from a thread. */
export type ReadReply =
  /** The result as JSON text: cheaper to pass between threads than the structured clone of many small objects. */
  | { id: number; ok: true; json: string }
  | { id: number; ok: false; error: { kind: 'domain'; data: DomainErrorData } | { kind: 'budget' } | SerializedError };

interface SerializedError {
  kind: 'internal';
  message: string;
  stack?: string;
}

interface Job {
  id: number;
  name: ReadName;
  input: unknown;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  /** Fires when the job waited or ran past its budget. */
  timer?: NodeJS.Timeout;
  thread?: Thread;
  cleanup: () => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  job: Job | null;
}

/** Time a thread gets past the budget to stop its statement itself before it is terminated. */
const GRACE_MS = 100;

/** Which parameter to blame when a read outgrows its budget: a search is slow because of what it asks for. */
function blamedParam(input: unknown): string | undefined {
  return typeof input === 'object' && input !== null && typeof (input as { q?: unknown }).q === 'string'
    ? 'q'
    : undefined;
}

function overBudget(budgetMs: number, input: unknown): DomainError {
  const param = blamedParam(input);
  return new DomainError(
    param
      ? {
          kind: 'over-budget',
          budgetMs,
          param,
          reason: `is too broad to answer within the time budget of ${budgetMs} ms; add words, use a phrase or fewer prefix* terms`,
        }
      : { kind: 'over-budget', budgetMs, reason: `The request could not be answered within ${budgetMs} ms.` },
  );
}

/** A thread's error back as an error of this thread. */
export function revive(error: Extract<ReadReply, { ok: false }>['error'], budgetMs: number, input: unknown): Error {
  if (error.kind === 'domain') return new DomainError(error.data);
  if (error.kind === 'budget') return overBudget(budgetMs, input);
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}

/** A read's failure as data for the other thread. */
export function serializeError(error: unknown): Extract<ReadReply, { ok: false }>['error'] {
  if (error instanceof DomainError) return { kind: 'domain', data: error.data };
  if (error instanceof BudgetExceeded) return { kind: 'budget' };
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind: 'internal', message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}

const WORKER_URL = siblingModule(import.meta.url, 'worker');

function startWorker(data: { databasePath: string; cursorSecret: string }): Worker {
  return startThread(WORKER_URL, data);
}

export class ReadPool {
  readonly #options: ReadPoolOptions;
  readonly #threads = new Set<Thread>();
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;
  #failure: Error | undefined;

  constructor(options: ReadPoolOptions) {
    this.#options = options;
    if (options.threads > 0 && !options.databasePath) throw new Error('a read pool with threads needs a databasePath');
    if (options.threads === 0 && !options.db) throw new Error('an inline read pool needs a db');
    for (let i = 0; i < options.threads; i++) this.#spawn();
  }

  get budgetMs(): number {
    return this.#options.budgetMs;
  }

  /** Resolves when every thread has opened the database; rejects with the reason one could not. */
  async ready(): Promise<void> {
    await Promise.all(
      [...this.#threads].map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            if (thread.ready) return resolve();
            thread.worker.once('message', () => resolve());
            thread.worker.once('error', reject);
          }),
      ),
    );
    if (this.#failure) throw this.#failure;
  }

  /** Runs a read; rejects with a domain error for the request, or an internal error. */
  run<K extends ReadName>(name: K, input: ReadInput<K>, signal?: AbortSignal): Promise<ReadResult<K>> {
    if (this.#closed) return Promise.reject(new Error('the read pool is closed'));
    if (this.#failure) return Promise.reject(this.#failure);
    const { db, budgetMs } = this.#options;
    if (db) {
      try {
        return Promise.resolve(withBudget(db.$client, budgetMs, () => runRead(db, name, input)));
      } catch (error) {
        return Promise.reject(error instanceof BudgetExceeded ? overBudget(budgetMs, input) : error);
      }
    }
    return new Promise<unknown>((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('the request was cancelled'));
      const onAbort = () => this.#cancel(job, new Error('the request was cancelled'));
      const job: Job = {
        id: this.#nextId++,
        name,
        input,
        resolve,
        reject,
        cleanup: () => {
          clearTimeout(job.timer);
          signal?.removeEventListener('abort', onAbort);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // Waiting for a thread counts against a budget of its own: a queue longer than the budget means overload.
      job.timer = setTimeout(() => {
        this.#cancel(
          job,
          new DomainError({
            kind: 'busy',
            budgetMs,
            reason: `The service is busy: no reader was free within ${budgetMs} ms. Retry in a second.`,
          }),
        );
      }, budgetMs);
      this.#queue.push(job);
      this.#dispatch();
    }) as Promise<ReadResult<K>>;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) {
      job.cleanup();
      job.reject(new Error('the read pool is closed'));
    }
    await Promise.all([...this.#threads].map((thread) => thread.worker.terminate()));
    this.#threads.clear();
  }

  #spawn(): void {
    const { databasePath, cursorSecret } = this.#options;
    const thread: Thread = {
      worker: startWorker({ databasePath: databasePath as string, cursorSecret }),
      ready: false,
      job: null,
    };
    this.#threads.add(thread);
    thread.worker.on('message', (message: ReadReply | { ready: true }) => {
      if ('ready' in message) {
        thread.ready = true;
        this.#dispatch();
        return;
      }
      const job = thread.job;
      if (!job || job.id !== message.id) return;
      thread.job = null;
      job.cleanup();
      if (message.ok) job.resolve(message.json === undefined ? undefined : JSON.parse(message.json));
      else job.reject(revive(message.error, this.#options.budgetMs, job.input));
      this.#dispatch();
    });
    thread.worker.on('error', (error) => {
      // A thread that cannot open the database fails every read alike: remember why, and stop replacing it.
      if (!thread.ready) this.#failure = error;
      this.#retire(thread, error);
    });
    thread.worker.on('exit', () => this.#retire(thread, new Error('a read thread stopped')));
  }

  /** Takes a thread out of the pool, fails its job, and starts another unless the pool is closing or broken. */
  #retire(thread: Thread, error: Error): void {
    if (!this.#threads.delete(thread)) return;
    const job = thread.job;
    thread.job = null;
    if (job) {
      job.cleanup();
      job.reject(error);
    }
    if (this.#failure) {
      for (const queued of this.#queue.splice(0)) {
        queued.cleanup();
        queued.reject(this.#failure);
      }
      return;
    }
    if (!this.#closed) this.#spawn();
  }

  /**
   * Hands queued jobs to free threads, oldest first. Searches (reads with a `q`), whose cost grows with the corpus,
   * may hold all threads but one: however many arrive, one thread stays for everything else (lists, details,
   * /health), so a flood of searches slows searches, not the service.
   */
  #dispatch(): void {
    const searchLimit = Math.max(1, this.#options.threads - 1);
    for (const thread of this.#threads) {
      if (!thread.ready || thread.job) continue;
      const searching = [...this.#threads].filter((t) => t.job && blamedParam(t.job.input)).length;
      const index = this.#queue.findIndex((job) => !blamedParam(job.input) || searching < searchLimit);
      if (index < 0) return;
      const [job] = this.#queue.splice(index, 1) as [Job];
      thread.job = job;
      job.thread = thread;
      clearTimeout(job.timer);
      const { budgetMs } = this.#options;
      job.timer = setTimeout(() => this.#cancel(job, overBudget(budgetMs, job.input)), budgetMs + GRACE_MS);
      thread.worker.postMessage({ id: job.id, name: job.name, input: job.input, budgetMs });
    }
  }

  /** Ends a job early: out of the queue if it waits, or its thread terminated (and replaced) if it runs. */
  #cancel(job: Job, error: Error): void {
    job.cleanup();
    const queued = this.#queue.indexOf(job);
    if (queued >= 0) this.#queue.splice(queued, 1);
    const thread = job.thread;
    if (thread && thread.job === job) {
      thread.job = null;
      this.#threads.delete(thread);
      void thread.worker.terminate();
      if (!this.#closed) this.#spawn();
    }
    job.reject(error);
  }
}
