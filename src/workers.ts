import cluster, { type Worker } from 'node:cluster';

export interface WorkerOptions {
  /** How many processes serve; 1 serves from this process. */
  count: number;
  /** Starts one server and resolves with the port it listens on. */
  start: () => Promise<number>;
  /** Called once, in the first process, when every server listens. */
  onReady?: (port: number) => void;
  log?: (message: string) => void;
}

/**
 * Runs `count` copies of a server in worker processes that share one listening port: the primary process accepts
 * connections and hands them out in turn, so a read-only service uses every core. The primary restarts a worker
 * that dies after it started serving, stops everything when one dies before (a bad port, a missing database),
 * and on SIGINT or SIGTERM stops the workers and exits once they have closed.
 */
export async function runWorkers(options: WorkerOptions): Promise<void> {
  const log = options.log ?? ((message: string) => console.error(message));
  if (options.count <= 1 || cluster.isWorker) {
    const port = await options.start();
    if (cluster.isPrimary) options.onReady?.(port);
    return;
  }

  let stopping = false;
  let exitCode = 0;
  const serving = new WeakSet<Worker>();
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', (address) => {
      serving.add(worker);
      listening += 1;
      if (listening === options.count) options.onReady?.(address.port);
    });
  };
  const live = () => Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const workers = live();
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.kill('SIGTERM');
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (live().length === 0) process.exit(exitCode);
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (serving.has(worker)) {
      log(`worker ${worker.process.pid} exited with ${how}; starting another`);
      fork();
    } else {
      log(`worker ${worker.process.pid} exited with ${how} before it could serve; stopping`);
      stop(1);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop(0));
  for (let i = 0; i < options.count; i++) fork();
}
