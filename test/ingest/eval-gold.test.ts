// The labelled linking pages are sound: spans point at their surfaces, targets exist, quotes are in the text.
import { existsSync, readFileSync } from 'node:fs';
import t from 'tap';
import { parse } from 'yaml';
import { type GoldPage, LATER_SETS, loadGoldPages, parseGoldTarget, readGoldMarkup } from '../../scripts/eval-gold.ts';

const entityIds = new Set(
  (parse(readFileSync(new URL('../../seed/entities.yaml', import.meta.url), 'utf8')) as { id: string }[]).map(
    (e) => e.id,
  ),
);

const pages = loadGoldPages();

/** The speaker of a quote: an entity id, `+Name` for a person the corpus does not know, or null. */
function speakerProblem(speaker: string | null): string | null {
  if (speaker === null) return null;
  // A person or an organisation the corpus does not know ("+Pentagon@organization"); places say nothing.
  if (speaker.startsWith('+')) {
    const target = parseGoldTarget(speaker);
    return target.kind === 'candidate' && target.type !== 'place' ? null : 'bad candidate speaker';
  }
  return entityIds.has(speaker) ? null : 'unknown entity id';
}

/** Where in an HTML page the offset falls: inside a tag (an attribute) or inside the head. */
function htmlProblem(page: GoldPage, offset: number): string | null {
  const before = page.content.slice(0, offset);
  if (before.lastIndexOf('<') > before.lastIndexOf('>')) return 'inside a tag';
  if (offset < page.content.indexOf('</head>')) return 'inside <head>';
  return null;
}

t.test('the set has the pages it promises', async (t) => {
  t.ok(pages.length >= 14, `${pages.length} pages`);
  const languages = new Map<string, number>();
  for (const page of pages) {
    const lang = page.file.slice(0, 2);
    languages.set(lang, (languages.get(lang) ?? 0) + 1);
  }
  const least = { de: 1, en: 4, es: 1, fr: 3, ko: 1, ru: 3, zh: 1 };
  for (const [lang, count] of Object.entries(least)) {
    t.ok((languages.get(lang) ?? 0) >= count, `at least ${count} ${lang} page(s)`);
  }
  t.ok(pages.filter((p) => p.contentType === 'text/html').length >= 3, 'at least three HTML pages');
  const kinds = new Set(pages.flatMap((p) => p.spans.map((s) => s.target.kind)));
  t.same([...kinds].sort(), ['candidate', 'entity', 'not-person', 'open'], 'every target kind is used');
});

const heldOut = LATER_SETS.flatMap(({ dir }) => (existsSync(dir) ? loadGoldPages(dir) : []));

for (const page of [...pages, ...heldOut]) {
  t.test(page.file, async (t) => {
    t.notMatch(page.content, /\[\[|\]\]/, 'no markup left in the content');
    t.ok(page.spans.length > 0, 'the page has gold spans');

    const bad: string[] = [];
    let previousEnd = 0;
    for (const span of page.spans) {
      const at = `${span.start}-${span.end} "${span.surface}"`;
      if (page.content.slice(span.start, span.end) !== span.surface) bad.push(`${at}: offsets miss the surface`);
      if (span.start < previousEnd) bad.push(`${at}: overlaps the span before`);
      previousEnd = span.end;
      if (/^[\s\u00a0]|[\s\u00a0]$/u.test(span.surface)) bad.push(`${at}: surface has outer spaces`);
      if (/['’]s$|[,;:!?»"”“„)]$/u.test(span.surface)) bad.push(`${at}: surface ends in a possessive or punctuation`);
      if (span.target.kind === 'entity' && !entityIds.has(span.target.id)) {
        bad.push(`${at}: no entity "${span.target.id}" in seed/entities.yaml`);
      }
      if (page.contentType === 'text/html') {
        const where = htmlProblem(page, span.start);
        if (where) bad.push(`${at}: ${where}`);
      }
    }
    t.same(bad, [], 'every span is where it says, with a target that exists');

    const quoteProblems: string[] = [];
    for (const quote of page.quotes) {
      if (!page.content.includes(quote.text)) quoteProblems.push(`not in the content: "${quote.text}"`);
      if (quote.text.trim() !== quote.text) quoteProblems.push(`outer spaces: "${quote.text}"`);
      const speaker = speakerProblem(quote.speaker);
      if (speaker) quoteProblems.push(`${speaker}: ${quote.speaker} ("${quote.text}")`);
    }
    t.same(quoteProblems, [], 'every quote occurs verbatim and names a speaker that can exist');
    t.ok(page.quotes.length > 0, 'the page has quotes');
  });
}

t.test('the markup reader', async (t) => {
  const { content, spans } = readGoldMarkup('Mr [[Putin|vladimir-putin]] met [[Kim|?]] near [[Putin Avenue|!]].');
  t.equal(content, 'Mr Putin met Kim near Putin Avenue.');
  t.same(
    spans.map((s) => [s.start, s.end, s.surface, s.target.kind]),
    [
      [3, 8, 'Putin', 'entity'],
      [13, 16, 'Kim', 'open'],
      [22, 34, 'Putin Avenue', 'not-person'],
    ],
  );
  t.same(
    readGoldMarkup('[[Захаровой|+Мария Захарова]] [[TASS|+TASS@organization]]').spans.map((s) => s.target),
    [
      { kind: 'candidate', name: 'Мария Захарова', type: 'person' },
      { kind: 'candidate', name: 'TASS', type: 'organization' },
    ],
  );
  t.throws(() => readGoldMarkup('[[Putin|vladimir-putin]'), /malformed markup/);
  t.throws(() => readGoldMarkup('[[[[Kim|?]]|kim-jong-un]]'), /malformed markup/);
  t.throws(() => readGoldMarkup('[[Kim|Kim Jong Un]]'), /bad target/);
});
