// The full-text query language: what users may write, what FTS5 receives, and a clear 400 for the rest.
import t from 'tap';
import { DomainError } from '../../src/lib/errors.ts';
import { toFtsQuery } from '../../src/routes/search-query.ts';

t.test('renders every term quoted, operators kept, juxtaposition as AND', async (t) => {
  t.equal(toFtsQuery('treaty'), '"treaty"');
  t.equal(toFtsQuery('Kim Jong-un'), '"Kim" AND "Jong-un"');
  t.equal(toFtsQuery('"strategic partnership" Putin'), '"strategic partnership" AND "Putin"');
  t.equal(toFtsQuery('“curly quotes”'), '"curly quotes"');
  t.equal(toFtsQuery('Mantru*'), '"Mantru"*');
  t.equal(toFtsQuery('Putin OR Kim NOT Xi'), '"Putin" OR "Kim" NOT "Xi"');
  t.equal(toFtsQuery('(a OR b) c'), '( "a" OR "b" ) AND "c"');
  t.equal(toFtsQuery('Russia’s'), '"Russia’s"');
  t.equal(
    toFtsQuery(`${'('.repeat(8)}a${')'.repeat(8)}`),
    `${'( '.repeat(8)}"a"${' )'.repeat(8)}`,
    '8 levels are fine',
  );
  t.equal(toFtsQuery('Москва Пхеньян'), '"Москва" AND "Пхеньян"');
  t.equal(toFtsQuery('and or not'), '"and" AND "or" AND "not"', 'lower-case words are words');
  t.equal(toFtsQuery('NEAR(a b)'), '"NEAR" AND ( "a" AND "b" )', 'FTS5 keywords other than ours are words');
});

t.test('rejects what FTS5 would choke on, naming the reason', async (t) => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['   ', /empty/],
    ['"open', /never closed/],
    ['""', /empty phrase/],
    ['AND Putin', /AND where a word/],
    ['NOT Putin', /cannot start with NOT/],
    ['Putin OR', /ends with an operator/],
    ['Putin AND OR Kim', /OR where a word/],
    ['(Putin', /never closed/],
    ['Putin)', /never opened/],
    ['()', /nothing after it/],
    ['title:Putin', /character ":"/],
    ['Putin^2', /character "\^"/],
    ['*', /character "\*"/],
    ['a + b', /character "\+"/],
    ['😀', /character "😀"/],
    [`${'('.repeat(9)}a${')'.repeat(9)}`, /more than 8 deep/],
    [Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '), /more than 32 words/],
    ['a* OR e*', /prefix "a\*": a prefix needs at least 3 letters/],
    ['con* OR pro* OR dis* OR pre* OR tra*', /5 prefix\* terms; at most 4/],
  ];
  for (const [input, reason] of cases) {
    try {
      toFtsQuery(input);
      t.fail(`accepted ${JSON.stringify(input)}`);
    } catch (error) {
      t.ok(error instanceof DomainError, input);
      const data = (error as DomainError).data;
      t.equal(data.kind, 'invalid-param');
      if (data.kind !== 'invalid-param') continue;
      t.equal(data.name, 'q');
      t.match(data.reason, reason, input);
    }
  }
});
