// The substring index behind name search follows every write to entity_aliases: insert, update and delete.
import { and, eq, sql } from 'drizzle-orm';
import t from 'tap';
import { migrateDatabase, openDatabase } from '../../src/db/client.ts';
import { entities, entityAliases } from '../../src/db/schema.ts';
import { searchKey } from '../../src/lib/text.ts';

t.test('alias_search stays in step with entity_aliases', async (t) => {
  const db = openDatabase(':memory:');
  t.teardown(() => db.$client.close());
  migrateDatabase(db);
  const matches = (fragment: string) =>
    db
      .all<{ entityId: string }>(
        sql`select entity_id as entityId from alias_search where search_key like ${`%${fragment}%`} order by entity_id`,
      )
      .map((row) => row.entityId);
  const alias = (entityId: string, text: string) => ({
    entityId,
    alias: text,
    kind: 'alias' as const,
    searchKey: searchKey(text),
  });

  db.insert(entities)
    .values([
      { id: 'kim-jong-un', type: 'person', name: 'Kim Jong Un', description: 'Leader of North Korea' },
      { id: 'andrei-belousov', type: 'person', name: 'Andrei Belousov', description: 'Russian defence minister' },
    ])
    .run();
  db.insert(entityAliases)
    .values([
      alias('kim-jong-un', 'Kim Jong-un'),
      alias('kim-jong-un', 'Kim Jong Un'),
      alias('andrei-belousov', 'Andrey Belousov'),
    ])
    .run();
  t.same(matches('jongun'), ['kim-jong-un', 'kim-jong-un'], 'every alias is indexed, two spellings with one key too');
  t.same(matches('ki'), ['kim-jong-un', 'kim-jong-un'], 'fragments shorter than a trigram still match');

  db.update(entityAliases)
    .set({ alias: 'Andrei Belousov', searchKey: searchKey('Andrei Belousov') })
    .where(eq(entityAliases.alias, 'Andrey Belousov'))
    .run();
  t.same(matches('andrey'), [], 'the old key is gone after an update');
  t.same(matches('andrei'), ['andrei-belousov'], 'the new key is found');

  db.delete(entityAliases)
    .where(and(eq(entityAliases.entityId, 'kim-jong-un'), eq(entityAliases.alias, 'Kim Jong-un')))
    .run();
  t.same(matches('jongun'), ['kim-jong-un'], 'a delete removes one row for one alias, not every row with its key');
});
