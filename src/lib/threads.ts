import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module beside the caller: the compiled `.js` in production; from source, the thread
 * starts without the TypeScript loader of the main thread, so it registers the loader before importing the module.
 */
export function startThread(moduleUrl: URL, workerData: unknown): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, { workerData });
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); });`,
    { eval: true, workerData },
  );
}

/** The URL of a sibling module of `importMetaUrl`, with the extension the caller itself runs with. */
export function siblingModule(importMetaUrl: string, name: string): URL {
  return new URL(`./${name}${importMetaUrl.endsWith('.ts') ? '.ts' : '.js'}`, importMetaUrl);
}
