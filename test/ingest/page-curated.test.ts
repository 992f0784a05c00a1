// The new per-page pipeline over the five curated pages: prints (does not assert) how it differs from today's cleaner.
import t from 'tap';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { cleanArticle } from '../../src/ingest/clean.ts';
import { loadCorpus } from '../../src/ingest/load-corpus.ts';
import { buildAliasMatcher, mentionsAnyEntity } from '../../src/ingest/mentions.ts';
import { preparePage } from '../../src/ingest/page/prepare-page.ts';

const corpus = loadCorpus(CORPUS_DIR);
const matcher = buildAliasMatcher(corpus.entities);
const siteNames = new Map(corpus.sources.map((s) => [s.id, s.name ? [s.name] : []]));

const show = (text: string) => JSON.stringify(text.length > 110 ? `${text.slice(0, 107)}...` : text);
const spellInvisible = (text: string) =>
  text.replace(
    /[\u00a0\u200b-\u200d\u2060\ufeff\u00ad\u202f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
/** Where two versions of a line part: a few characters either side, invisible characters spelled out. */
function where(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${JSON.stringify(spellInvisible(a.slice(Math.max(0, i - 12), i + 12)))} -> ${JSON.stringify(spellInvisible(b.slice(Math.max(0, i - 12), i + 12)))}`;
}

t.test('differences between today’s cleaning and the new pipeline, page by page', async (t) => {
  let differing = 0;
  for (const article of corpus.articles) {
    const today = cleanArticle(article.rawText, {
      title: article.title,
      siteNames: siteNames.get(article.source) ?? [],
      isStoryLine: (line) => mentionsAnyEntity(line, matcher),
    });
    const page = preparePage({ content: article.rawText, contentType: 'text/plain' });
    const next = page.lines.map((l) => l.text);
    const notes: string[] = [];

    // Lines equal but for the documented normalisation (no-break spaces, entities…) are reported as such.
    const normalizedToday = today.paragraphs.map((p) =>
      preparePage({ content: p, contentType: 'text/plain' }).text.trim(),
    );
    today.paragraphs.forEach((p, i) => {
      const n = normalizedToday[i] as string;
      if (!next.includes(p) && next.includes(n)) notes.push(`  normalised: ${show(p)}: ${where(p, n)}`);
      else if (!next.includes(p)) notes.push(`  only today: ${show(p)}`);
    });
    for (const line of next) {
      if (!today.paragraphs.includes(line) && !normalizedToday.includes(line)) {
        const d = page.dropped.find((x) => x.text === line);
        notes.push(`  only new:   ${show(line)}${d ? ` (${d.reason})` : ''}`);
      }
    }
    if (page.body !== today.body) differing++;

    const quotes = corpus.events.flatMap((e) =>
      e.attestations.filter((a) => a.article === article.id).map((a) => a.quote),
    );
    const lost = quotes.filter((q) => !page.body.includes(q));
    const p = page.published.value;
    t.comment(
      `${article.id}: ${notes.length ? `${notes.length} line(s) differ` : 'same kept lines'}; body ${page.body === today.body ? 'identical' : 'differs'}`,
    );
    for (const note of notes) t.comment(note);
    t.comment(
      `  title     curated ${show(article.title ?? 'null')}; new ${show(page.title.value ?? 'null')} (${page.title.basis ?? 'none'}: ${page.title.evidence})`,
    );
    t.comment(`  language  curated ${article.language}; new ${page.language.value} (${page.language.evidence})`);
    t.comment(
      `  published curated ${article.published ? `${article.published.date} ${article.published.precision} ${article.published.basis}` : 'null'}; new ${p ? `${p.date} ${p.precision}` : 'null'} (${page.published.evidence})`,
    );
    for (const w of page.warnings) t.comment(`  warning   ${w}`);
    t.comment(
      `  quotes    ${quotes.length - lost.length}/${quotes.length} event quotes found verbatim in the new body`,
    );
    for (const q of lost) t.comment(`  quote not in the new body: ${show(q)}`);
    t.ok(page.lines.length > 0, `${article.id}: the new pipeline keeps a story`);
  }
  t.comment(`${differing} of ${corpus.articles.length} bodies differ from today's`);
});
