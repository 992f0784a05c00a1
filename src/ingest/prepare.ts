import type { ALIAS_KINDS } from '../db/schema.ts';
import { partialDateRange } from '../lib/dates.ts';
import { searchKey } from '../lib/text.ts';
import { Linker } from './link.ts';
import type { Corpus, CorpusArticle } from './load-corpus.ts';
import { CORPUS_FILES, SeedError } from './load-corpus.ts';
import type { MentionableEntity, UnresolvedMention } from './mentions.ts';
import { type GivenValues, preparePage } from './page/prepare-page.ts';
import { locateQuote } from './quotes.ts';
import { contentHash, pageRows } from './store.ts';
import type { DatabaseRows } from './write.ts';

export interface PreparedCorpus {
  rows: DatabaseRows;
  /** Family names that could mean more than one person in their article, left unlinked. */
  unresolved: (UnresolvedMention & { articleId: string })[];
  /** The linker after the corpus: it knows the curated entities and the candidates the curated pages introduced. */
  linker: Linker;
}

/** Who vouches for the values the corpus states about its pages. */
export const CURATED_SOURCE = `seed/${CORPUS_FILES.articles}`;

/** What the curator states about a page, as values given to the page pipeline: they win over inference. */
export function curatedGiven(article: CorpusArticle, siteNames: readonly string[]): GivenValues {
  const curated = (evidence: string) => ({ basis: 'stated' as const, source: CURATED_SOURCE, evidence });
  const published = article.published;
  return {
    // A curated null title says the page has no headline: nothing to infer.
    title:
      article.title === null
        ? { value: null, basis: null, source: CURATED_SOURCE, evidence: 'the page has no headline' }
        : { value: article.title, ...curated('the headline as curated') },
    language: { value: article.language, ...curated('the language as curated') },
    published: published
      ? {
          value: { date: published.date, precision: published.precision, time: null, zone: null, utcOffset: null },
          basis: published.basis,
          source: CURATED_SOURCE,
          evidence: published.note ?? 'the date printed in the page',
        }
      : { value: null, basis: null, source: CURATED_SOURCE, evidence: 'the page tells no date' },
    siteNames,
  };
}

/**
 * Does the ingest work on a validated corpus: every page through the same per-page pipeline as an ingested page
 * (with the curated title, language, date and outlet name given), its rows through the same path, and every event
 * quote placed in its article's cleaned body. Fails with the file and field of a quote that is not there verbatim.
 */
/** A corpus's entities as the linker sees them: names, the aliases seen in texts and names in other languages. */
export function corpusEntities(corpus: Corpus): MentionableEntity[] {
  return corpus.entities.map((e) => ({ ...e, labels: Object.values(e.labels).flat() }));
}

export function prepareCorpus(corpus: Corpus, corpusDir = 'seed'): PreparedCorpus {
  const linker = new Linker(corpusEntities(corpus));
  const link = linker.link.bind(linker);
  const sourceNames = new Map(corpus.sources.map((s) => [s.id, s.name ? [s.name] : []]));
  const rows: DatabaseRows = {
    sources: corpus.sources.map((s) => ({
      id: s.id,
      name: s.name,
      nameBasis: s.nameBasis,
      nameNote: s.nameNote,
      homepage: s.homepage,
      country: s.country,
      language: s.language,
      kind: s.kind,
      selfDescription: s.selfDescription,
      notes: s.notes,
    })),
    entities: [],
    entityAliases: [],
    articles: [],
    mentions: [],
    articleEntities: [],
    events: [],
    eventParticipants: [],
    eventAttestations: [],
    quotations: [],
  };
  const unresolved: PreparedCorpus['unresolved'] = [];

  for (const entity of corpus.entities) {
    rows.entities.push({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      familyName: entity.familyName,
      description: entity.description,
      wikidataId: entity.wikidataId,
      status: 'confirmed',
      foundBy: null,
    });
    const aliasRows = new Map<string, (typeof ALIAS_KINDS)[number]>([[entity.name, 'name']]);
    for (const alias of entity.aliases) if (!aliasRows.has(alias)) aliasRows.set(alias, 'alias');
    for (const label of Object.values(entity.labels).flat()) if (!aliasRows.has(label)) aliasRows.set(label, 'label');
    for (const alias of entity.searchAliases) if (!aliasRows.has(alias)) aliasRows.set(alias, 'search');
    for (const [alias, kind] of aliasRows)
      rows.entityAliases.push({ entityId: entity.id, alias, kind, searchKey: searchKey(alias) });
  }

  const bodies = new Map<string, string>();
  corpus.articles.forEach((article, index) => {
    const page = preparePage({
      content: article.rawText,
      contentType: 'text/plain',
      given: curatedGiven(article, sourceNames.get(article.source) ?? []),
    });
    const own = pageRows(
      page,
      {
        id: article.id,
        docId: index + 1,
        sourceId: article.source,
        file: `${CORPUS_FILES.articleTexts}/${article.id}.txt`,
        rawText: article.rawText,
        textOrigin: article.textOrigin,
        textOriginNote: article.textOriginNote,
        originalPublisher: article.originalPublisher,
        extra: {
          origin: 'seed',
          contentType: 'text/plain',
          // The identity of the page: the same text posted later is recognised as this article.
          contentHash: contentHash('text/plain', article.rawText),
          // The curated note as written (null where the page prints the date and nothing needs saying).
          publishedNote: article.published?.note ?? null,
        },
      },
      link,
    );
    bodies.set(article.id, own.article.body);
    rows.entities.push(...own.entities);
    rows.entityAliases.push(...own.entityAliases);
    rows.articles.push(own.article);
    rows.mentions.push(...own.mentions);
    rows.articleEntities.push(...own.articleEntities);
    rows.quotations.push(...own.quotations);
    for (const u of own.unresolved) unresolved.push({ articleId: article.id, ...u });
  });

  const eventsFile = `${corpusDir}/${CORPUS_FILES.events}`;
  corpus.events.forEach((event, i) => {
    const range = partialDateRange(event.date);
    rows.events.push({
      id: event.id,
      title: event.title,
      description: event.description,
      date: event.date,
      precision: event.precision,
      time: event.time,
      timezone: event.timezone,
      dateBasis: event.dateBasis,
      dateNote: event.dateNote,
      dateStart: range.start,
      dateEnd: range.end,
      locationId: event.location,
      disputed: event.disagreement !== null,
      disagreementAbout: event.disagreement?.about ?? null,
      disagreementSummary: event.disagreement?.summary ?? null,
    });
    const seen = new Set<string>();
    for (const p of event.participants) {
      const key = `${p.entity}\u0000${p.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.eventParticipants.push({ eventId: event.id, entityId: p.entity, role: p.role });
    }
    event.attestations.forEach((a, j) => {
      const body = bodies.get(a.article) ?? '';
      const at = locateQuote(body, a.quote);
      if (!at) {
        const raw = corpus.articles.find((x) => x.id === a.article)?.rawText ?? '';
        const why = raw.includes(a.quote)
          ? `the quote is in the raw page but not in the cleaned story of "${a.article}" (it stands in boilerplate)`
          : `the quote does not occur verbatim in article "${a.article}"`;
        throw new SeedError(eventsFile, `[${i}].attestations[${j}].quote (id "${event.id}")`, why);
      }
      rows.eventAttestations.push({ eventId: event.id, articleId: a.article, quote: a.quote, ...at, claim: a.claim });
    });
  });

  return { rows, unresolved, linker };
}
