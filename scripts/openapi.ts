import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.ts';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';

export const OPENAPI_PATH = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/** The OpenAPI document as YAML, generated from the routes' schemas (no data needed). */
export async function renderOpenapi(): Promise<string> {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  const app = await buildApp({ db });
  try {
    return app.swagger({ yaml: true });
  } finally {
    await app.close();
    db.$client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_PATH, await renderOpenapi());
  console.log(`wrote ${OPENAPI_PATH}`);
}
