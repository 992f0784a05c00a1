// Every list query reads through an index: a plan that scans a whole table of articles, mentions or events fails.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { captureStatements, explain, type PlanLine } from '../../bench/capture.ts';
import { generate } from '../../bench/generate.ts';
import { installBudget } from '../../src/db/budget.ts';
import { tempDir } from '../helper.ts';

/** Tables that grow with the corpus. `sources` (one per outlet) may be scanned. */
const LARGE = [
  'articles',
  'mentions',
  'article_entities',
  'entities',
  'entity_aliases',
  'events',
  'event_attestations',
  'event_participants',
  'quotations',
];

t.test('no list query falls back to a full scan', async (t) => {
  const path = join(tempDir(t), 'plans.db');
  await generate(3000, 7, path);
  const db = new Database(path, { readonly: true });
  installBudget(db);
  t.teardown(() => db.close());
  const one = (query: string) => (db.prepare(query).get() as { id: string }).id;
  const person = one("select id from entities where type = 'person' order by article_count desc, id limit 1");
  const rarePerson = one(
    "select id from entities where type = 'person' and article_count > 0 order by article_count, id limit 1",
  );
  const place = one(
    "select id from entities where type = 'place' and article_count > 0 order by article_count desc, id limit 1",
  );
  const source = one('select id from sources order by id limit 1');
  const article = one('select id from articles order by doc_id limit 1 offset 1500');
  const event = one('select id from events order by id limit 1 offset 20');
  const location = one('select location_id as id from events where location_id is not null limit 1');

  const urls = [
    '/v1/articles',
    '/v1/articles?sort=publishedAt',
    `/v1/articles?source=${source}`,
    `/v1/articles?person=${person}`,
    `/v1/articles?person=${rarePerson}`,
    `/v1/articles?person=${person}&person=${rarePerson}`,
    `/v1/articles?entity=${place}&from=2024-03&to=2024-04`,
    `/v1/articles?event=${event}`,
    '/v1/articles?language=en&from=2024-03-01&to=2024-03-31',
    '/v1/articles?from=2024-03&to=2024-03&dateMatch=overlaps',
    '/v1/articles?q=government',
    `/v1/articles?q=zeppelin&source=${source}`,
    '/v1/articles?q=government&sort=publishedAt',
    `/v1/articles/${article}/mentions`,
    '/v1/people',
    '/v1/people?sort=name',
    '/v1/people?sort=-articles',
    `/v1/people?article=${article}`,
    `/v1/people?source=${source}`,
    '/v1/people?q=volkov',
    `/v1/people?mentionedWith=${rarePerson}`,
    '/v1/people?minMentions=5',
    '/v1/people?status=confirmed',
    '/v1/entities?status=candidate',
    '/v1/entities?type=place',
    `/v1/entities?article=${article}`,
    '/v1/events',
    '/v1/events?sort=-date',
    '/v1/events?from=2024-03&to=2024-03',
    `/v1/events?participant=${person}`,
    `/v1/events?location=${location}`,
    `/v1/events?source=${source}`,
    `/v1/events?article=${article}`,
    '/v1/events?disputed=true',
    '/v1/events?q=signs',
    '/v1/quotations',
    '/v1/quotations?sort=published',
    `/v1/quotations?speaker=${person}`,
    `/v1/quotations?source=${source}`,
    `/v1/quotations?article=${article}`,
    '/v1/quotations?from=2024-03&to=2024-03',
    '/v1/quotations?attributed=false&kind=reported',
    '/v1/quotations?q=government',
    `/v1/quotations?q=government&speaker=${person}&sort=-published`,
    '/v1/sources',
    `/v1/sources/${source}`,
  ];
  const plan = await captureStatements(
    path,
    urls.map((url, i) => ({ name: String(i), url })),
  );
  for (const [i, url] of urls.entries()) {
    for (const { sql, plan: lines } of explain(db, plan[String(i)] ?? [])) {
      for (const line of lines) {
        const scan = /^SCAN (\w+)(.*)$/.exec(line.detail);
        if (!scan) continue;
        const table = tableOf(sql, scan[1] as string, lines, line);
        const usesIndex = /USING (?:COVERING )?INDEX|VIRTUAL TABLE/.test(scan[2] ?? '');
        t.ok(
          usesIndex || !LARGE.includes(table),
          `${url}: ${line.detail} (${table})\n    in: ${sql.replace(/\s+/g, ' ')}`,
        );
      }
    }
  }
});

/**
 * The table a plan's alias stands for. An alias may name a table inside a CTE's body and the CTE outside it
 * (`with page as (select … from events e) … from page e`): the plan line's place in the tree tells which.
 */
function tableOf(sql: string, alias: string, lines: readonly PlanLine[], line: PlanLine): string {
  const ctes = new Set(
    [...sql.matchAll(/(?:\bwith|,)\s+(\w+)\s+as\s*\(/gi)].map((m) => (m[1] as string).toLowerCase()),
  );
  const candidates = [
    ...sql.matchAll(new RegExp(`\\b(?:from|join)\\s+(\\w+)(?:\\s+as)?\\s+${alias}\\b`, 'gi')),
    ...sql.matchAll(new RegExp(`\\b(?:from|join)\\s+(${alias})\\b`, 'gi')),
  ].map((m) => (m[1] as string).toLowerCase());
  if (candidates.length <= 1) return candidates[0] ?? alias;
  const byId = new Map(lines.map((l) => [l.id, l]));
  let insideCte = false;
  for (let node = byId.get(line.parent); node; node = byId.get(node.parent)) {
    if (/^(?:CO-ROUTINE|MATERIALIZE) /.test(node.detail)) insideCte = true;
  }
  return candidates.find((c) => ctes.has(c) !== insideCte) ?? (candidates[0] as string);
}
