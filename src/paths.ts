import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files that ship beside the code, found from the project's root: the nearest folder above this module with a
 * package.json. That is the same folder whether the module runs from src/ (tsx) or from dist/ (the build).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json in ${from} or above it`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** drizzle-kit's SQL and journal. */
export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'migrations');

/** The curated corpus the seed step reads. */
export const CORPUS_DIR = join(PROJECT_ROOT, 'seed');

/**
 * The quick start's database, in the project's own data folder (DATABASE_PATH's default, run from the project): the
 * one missing file start-up creates and seeds unasked; anywhere else that takes DATABASE_CREATE=true.
 */
export const DEFAULT_DATABASE_PATH = join(PROJECT_ROOT, 'data', 'news.db');
