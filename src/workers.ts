import cluster, { type Worker } from 'node:cluster';

/**
 * A signal sent to a process group (Ctrl-C in a terminal, systemd stopping a service) reaches a process directly and
 * again, moments later, through its parent (npm, the cluster's primary). Signals this soon after the first are the
 * same request to stop; only a later one means "stop now".
 */
export const REPEATED_SIGNAL_MS = 1000;

export interface WorkerOptions {
  /** How many processes serve; 1 serves from this process. */
  count: number;
  /** Starts one server and resolves with the port it listens on. */
  start: () => Promise<number>;
  /** Called once, in the first process, when every server listens. */
  onReady?: (port: number) => void;
  log?: (message: string) => void;
  /** Variables every worker gets on top of this process's environment. */
  env?: Record<string, string>;
  /**
   * How long the workers have to close after SIGINT or SIGTERM (default 10 s). They enforce it themselves; the
   * primary kills any still running a second later.
   */
  shutdownTimeoutMs?: number;
}

/**
 * Runs `count` copies of a server in worker processes that share one listening port: the primary process accepts
 * connections and hands them out in turn, so a read-only service uses every core. The primary restarts a worker
 * that dies after it started serving, stops everything when one dies before (a bad port, a missing database).
 * On SIGINT or SIGTERM it passes SIGTERM on to the workers and exits once they have closed: 0 when every one closed
 * cleanly, 1 otherwise. On a second signal, or past the deadline, it kills the workers left and exits 1.
 */
export async function runWorkers(options: WorkerOptions): Promise<void> {
  const log = options.log ?? ((message: string) => console.error(message));
  if (options.count <= 1 || cluster.isWorker) {
    const port = await options.start();
    if (cluster.isPrimary) options.onReady?.(port);
    return;
  }

  const timeoutMs = options.shutdownTimeoutMs ?? 10_000;
  let stopping = false;
  let stoppedAt = 0;
  let failed = false;
  const serving = new WeakSet<Worker>();
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork(options.env);
    worker.once('listening', (address) => {
      serving.add(worker);
      listening += 1;
      if (listening === options.count) options.onReady?.(address.port);
    });
  };
  const live = () => Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  const finish = () => process.exit(failed ? 1 : 0);
  const kill = (reason: string) => {
    log(`${reason}; killing the workers`);
    for (const worker of live()) worker.process.kill('SIGKILL');
    process.exit(1);
  };
  const stop = (failure: boolean) => {
    if (stopping) return;
    stopping = true;
    stoppedAt = Date.now();
    failed = failure;
    const workers = live();
    if (workers.length === 0) finish();
    // A signal, not `worker.kill()`: that disconnects first, and a disconnected worker exits without closing.
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => kill(`workers still running ${timeoutMs} ms after the stop`), timeoutMs + 1000).unref();
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (code !== 0 || signal) failed = true;
      if (live().length === 0) finish();
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (serving.has(worker)) {
      log(`worker ${worker.process.pid} exited with ${how}; starting another`);
      fork();
    } else {
      log(`worker ${worker.process.pid} exited with ${how} before it could serve; stopping`);
      stop(true);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!stopping) stop(false);
      else if (Date.now() - stoppedAt >= REPEATED_SIGNAL_MS) kill(`second ${signal}`);
    });
  }
  for (let i = 0; i < options.count; i++) fork();
}
