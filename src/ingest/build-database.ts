import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { loadCorpus } from './load-corpus.ts';
import { type PreparedCorpus, prepareCorpus } from './prepare.ts';
import { writeRows } from './write.ts';

export interface SeedReport extends PreparedCorpus {
  path: string;
}

/**
 * Builds a fresh database from the corpus in `corpusDir` and moves it to `target` in one rename.
 * Anything that fails (a bad seed file, a quote not found, a constraint) leaves `target` as it was.
 */
export function seedDatabase(corpusDir: string, target: string): SeedReport {
  const prepared = prepareCorpus(loadCorpus(corpusDir), corpusDir);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.building-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    const db = openDatabase(temp);
    try {
      migrateDatabase(db);
      writeRows(db, prepared.rows);
      db.$client.pragma('optimize');
    } finally {
      db.$client.close();
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw error;
  }
  return { ...prepared, path: target };
}
