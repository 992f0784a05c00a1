// The full-text query language: what users may write, what FTS5 receives, and a clear 400 for the rest.
import t from 'tap';
import { HttpProblem } from '../../src/plugins/errors.ts';
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
    [Array.from({ length: 65 }, (_, i) => `w${i}`).join(' '), /more than 64 words/],
  ];
  for (const [input, reason] of cases) {
    try {
      toFtsQuery(input);
      t.fail(`accepted ${JSON.stringify(input)}`);
    } catch (error) {
      t.ok(error instanceof HttpProblem, input);
      const problem = error as HttpProblem;
      t.equal(problem.status, 400);
      t.equal(problem.invalidParams?.[0]?.name, 'querystring.q');
      t.match(problem.invalidParams?.[0]?.reason ?? '', reason, input);
    }
  }
});
