// Normalisation changes only line endings, entities, zero-width characters, no-break spaces, soft hyphens and NFC, and says so.
import t from 'tap';
import { normalizePage } from '../../src/ingest/page/normalize.ts';

t.test('line endings become \\n and are counted', async (t) => {
  const { text, changes } = normalizePage('one\r\ntwo\rthree\u2028four\nfive');
  t.equal(text, 'one\ntwo\nthree\nfour\nfive');
  t.match(changes, [{ kind: 'line-endings', count: 3 }]);
});

t.test('HTML entities a scraper left in are decoded once, with examples', async (t) => {
  const { text, changes } = normalizePage(
    'Putin &amp; Kim&#8217;s &quot;pact&quot; &eacute;t&eacute;\nAT&T and R&D stay &unknown; too',
  );
  t.equal(text, 'Putin & Kim’s "pact" été\nAT&T and R&D stay &unknown; too');
  const entities = changes.find((c) => c.kind === 'html-entities');
  t.equal(entities?.count, 6);
  t.same(entities?.lines, [1]);
  t.ok(entities?.examples.includes('&amp; → &'));
  t.equal(normalizePage('&amp;amp;').text, '&amp;', 'decoded once: double-escaped text keeps one level');
  t.equal(normalizePage('a&#10;b').text, 'a b', 'an encoded line break stays on its line');
  t.equal(normalizePage('&amp;', { decodeEntities: false }).text, '&amp;', 'off for text a DOM decoded');
});

t.test('zero-width characters go, joiners stay where a script needs them', async (t) => {
  const { text, changes } = normalizePage('Pyong\u200Byang\uFEFF and Kim\u2060Jong\u200D-un');
  t.equal(text, 'Pyongyang and KimJong-un');
  t.equal(changes.find((c) => c.kind === 'zero-width')?.count, 4);
  t.equal(normalizePage('می\u200Cخواهم').text, 'می\u200Cخواهم', 'Persian keeps its zero-width non-joiner');
  t.equal(normalizePage('👩\u200D💻').text, '👩\u200D💻', 'an emoji sequence keeps its joiner');
});

t.test('no-break spaces become spaces, soft hyphens go, text is composed (NFC)', async (t) => {
  const { text, changes } = normalizePage(
    'at\u00a0 Kim Il Sung Square\n«\u202FBonjour\u202F»\nVladi\u00ADmir\nCafe\u0301',
  );
  t.equal(text, 'at  Kim Il Sung Square\n« Bonjour »\nVladimir\nCafé');
  t.same(
    changes.map((c) => c.kind),
    ['no-break-space', 'soft-hyphen', 'unicode-nfc'],
  );
  t.same(changes.find((c) => c.kind === 'no-break-space')?.lines, [1, 2]);
});

t.test('nothing else changes: inner spacing, quotes, case, tabs', async (t) => {
  const raw = 'He said  “yes” —\tTwice.  \n\n  Indented line';
  t.same(normalizePage(raw), { text: raw, changes: [] });
});
