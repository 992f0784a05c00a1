import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { captureStatements, explain } from './capture.ts';

/** `npx tsx bench/explain.ts DATABASE URL...`: every statement a request runs, its plan and its time. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path, ...urls] = process.argv.slice(2);
  if (!path) throw new Error('usage: explain.ts DATABASE URL...');
  const plan = await captureStatements(
    path,
    urls.map((url, i) => ({ name: String(i), url })),
  );
  const db = new Database(path, { readonly: true });
  for (const [i, url] of urls.entries()) {
    console.log(`\n${url}`);
    const statements = plan[String(i)] ?? [];
    for (const [j, e] of explain(db, statements).entries()) {
      const s = statements[j];
      const started = performance.now();
      if (s) db.prepare(s.sql).all(...s.params);
      console.log(`  ${(performance.now() - started).toFixed(1)} ms  ${e.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
      for (const line of e.plan) console.log(`      ${line.detail}`);
    }
  }
}
