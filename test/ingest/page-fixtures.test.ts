// Pages in five languages, as text and as HTML, come out with exactly their story lines, title, language and date.
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { preparePage } from '../../src/ingest/page/prepare-page.ts';
import { checkLanguageCoverage, pageSet } from './page-sets.ts';

const DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

const { pages, load } = pageSet(DIR);

t.test('there is a text page and an HTML page for each supported language', async (t) => {
  checkLanguageCoverage(t, pages);
});

for (const file of pages) {
  t.test(file, async (t) => {
    const { expected, content } = load(file);
    const page = preparePage({ content, contentType: expected.contentType, url: expected.url ?? null });

    t.same(
      page.lines.map((l) => l.text),
      expected.body,
      'the kept lines are exactly the story lines, in order',
    );
    t.equal(page.body, expected.body.join('\n\n'), 'the body is the story lines as paragraphs');
    t.equal(page.title.value, expected.title, `title (${page.title.evidence})`);
    t.equal(page.language.value, expected.language, `language (${page.language.evidence})`);
    if (expected.published === null) t.equal(page.published.value, null, 'no publication date');
    else {
      const p = page.published.value;
      t.equal(p?.date, expected.published.date, `published date (${page.published.evidence})`);
      t.equal(p?.precision, expected.published.precision, 'published precision');
      if (expected.published.time !== undefined) t.equal(p?.time, expected.published.time, 'published time');
      if (expected.published.zone !== undefined) t.equal(p?.zone, expected.published.zone, 'published zone');
      t.equal(page.published.basis, expected.published.basis ?? 'stated', 'the basis of the date');
    }
    if (expected.outlet !== undefined)
      t.equal(page.outlet.name.value, expected.outlet, `outlet (${page.outlet.name.evidence})`);

    // Accounting: every line of the text is either kept verbatim or reported dropped with its number and reason.
    const textLines = page.text.split('\n');
    const seen = new Set<number>();
    for (const kept of page.lines) {
      t.equal(textLines[kept.lineNumber - 1]?.trim(), kept.text, `kept line ${kept.lineNumber} is verbatim`);
      seen.add(kept.lineNumber);
    }
    for (const d of page.dropped) {
      t.equal(textLines[d.lineNumber - 1]?.trim(), d.text, `dropped line ${d.lineNumber} is reported as it stands`);
      t.ok(d.reason && d.detail, `dropped line ${d.lineNumber} has a reason and evidence`);
      seen.add(d.lineNumber);
    }
    const nonEmpty = textLines.flatMap((l, i) => (l.trim() ? [i + 1] : []));
    t.same(
      nonEmpty.filter((n) => !seen.has(n)),
      [],
      'no line is unaccounted for',
    );
  });
}
