import { parentPort, workerData } from 'node:worker_threads';
import { type SyntheticOptions, syntheticArticles, syntheticBase } from './synthetic.ts';

/** Generates article batches on the second core while the main thread writes the previous one. */
const options = workerData as SyntheticOptions;
const base = syntheticBase(options);
parentPort?.on('message', ({ from, to }: { from: number; to: number }) => {
  parentPort?.postMessage(syntheticArticles(options, base, from, to).rows);
});
