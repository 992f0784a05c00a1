// The committed openapi.yaml and the client types generated from it are up to date (`npm run openapi` writes both).
import { readFileSync } from 'node:fs';
import t from 'tap';
import { API_TYPES_PATH, OPENAPI_PATH, renderApiTypes, renderOpenapi } from '../../scripts/openapi.ts';

t.test('openapi.yaml and test/contract/api.d.ts are what `npm run openapi` writes', async (t) => {
  const document = await renderOpenapi();
  t.equal(readFileSync(OPENAPI_PATH, 'utf8'), document, 'openapi.yaml is up to date');
  t.equal(readFileSync(API_TYPES_PATH, 'utf8'), await renderApiTypes(document), 'api.d.ts is up to date');
});
