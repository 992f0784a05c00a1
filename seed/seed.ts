import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { identifyDatabase, refusalMessage } from '../src/db/identify.ts';
import { seedDatabase } from '../src/ingest/build-database.ts';
import { SeedError } from '../src/ingest/load-corpus.ts';
import { CORPUS_DIR } from '../src/paths.ts';

/** `npm run seed`: rebuilds the database at DATABASE_PATH from the curated corpus in this folder. */
export { CORPUS_DIR };

/** Replaces this service's database, or creates one; any other file only with `--force`. */
function main(force: boolean): void {
  const config = loadConfig();
  const existing = identifyDatabase(config.DATABASE_PATH);
  if (existing.kind === 'refused' && !force) {
    console.error(
      `seed refused: ${refusalMessage(config.DATABASE_PATH, existing)} \`npm run seed -- --force\` replaces it.`,
    );
    process.exit(1);
  }
  const report = seedDatabase(CORPUS_DIR, config.DATABASE_PATH);
  const { rows, unresolved } = report;
  console.log(
    `seeded ${report.path}: ${rows.sources.length} sources, ${rows.articles.length} articles, ` +
      `${rows.entities.length} entities, ${rows.mentions.length} mentions, ${rows.events.length} events, ` +
      `${rows.eventAttestations.length} attestations`,
  );
  for (const u of unresolved) {
    const who = u.candidates.length ? `could be ${u.candidates.join(' or ')}` : 'names no one named in full there';
    console.log(`  unlinked "${u.surface}" at ${u.articleId}:${u.start}: ${who}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.includes('--force'));
  } catch (error) {
    if (error instanceof SeedError || (error instanceof Error && error.name === 'ConfigError')) {
      console.error(`seed failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
