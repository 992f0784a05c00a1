import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { DatabaseRefusedError, type SeedReport, seedDatabase } from '../src/ingest/build-database.ts';
import { SeedError } from '../src/ingest/load-corpus.ts';
import { CORPUS_DIR } from '../src/paths.ts';

/**
 * `npm run seed`: writes the curated corpus in this folder to the database at DATABASE_PATH. An existing database of
 * this service is rebuilt in place (safe with a server running; ingested pages kept and linked again), a missing one
 * is created; any other file is refused, or with `--force` moved aside to `<path>.replaced-<time>`.
 */
export { CORPUS_DIR };

function main(force: boolean): void {
  const config = loadConfig();
  const report = seedDatabase(CORPUS_DIR, config.DATABASE_PATH, { replaceForeign: force });
  for (const moved of report.movedAside) console.log(`moved the file that was at DATABASE_PATH aside: ${moved}`);
  console.log(summary(report));
  for (const u of report.unresolved) {
    const who = u.candidates.length ? `could be ${u.candidates.join(' or ')}` : 'names no one named in full there';
    console.log(`  unlinked "${u.surface}" at ${u.articleId}:${u.start}: ${who}`);
  }
}

function summary(report: SeedReport): string {
  const { rows } = report;
  const counts =
    `${rows.sources.length} sources, ${rows.articles.length} articles, ${rows.entities.length} entities, ` +
    `${rows.mentions.length} mentions, ${rows.events.length} events, ${rows.eventAttestations.length} attestations`;
  if (report.action === 'created') return `created ${report.path} from the seed corpus: ${counts}`;
  const migrated = report.migrated ? `, ${report.migrated} migration(s) applied first` : '';
  return (
    `rebuilt the curated content of ${report.path} in place${migrated}: ${counts}; ` +
    `${report.relinked} ingested article(s) kept and linked again`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.includes('--force'));
  } catch (error) {
    if (error instanceof DatabaseRefusedError) {
      console.error(`seed refused: ${error.message} \`npm run seed -- --force\` moves it aside and creates a new one.`);
      process.exit(1);
    }
    if (error instanceof SeedError || (error instanceof Error && error.name === 'ConfigError')) {
      console.error(`seed failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
