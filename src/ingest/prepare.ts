import type { ALIAS_KINDS } from '../db/schema.ts';
import { partialDateRange } from '../lib/dates.ts';
import { countWords, searchKey } from '../lib/text.ts';
import { cleanArticle } from './clean.ts';
import type { Corpus } from './load-corpus.ts';
import { CORPUS_FILES, SeedError } from './load-corpus.ts';
import { buildAliasMatcher, findMentions, mentionsAnyEntity, type UnresolvedMention } from './mentions.ts';
import { locateQuote } from './quotes.ts';
import type { DatabaseRows } from './write.ts';

export interface PreparedCorpus {
  rows: DatabaseRows;
  /** Family names that could mean more than one person in their article, left unlinked. */
  unresolved: (UnresolvedMention & { articleId: string })[];
}

/**
 * Does the ingest work on a validated corpus: cleans every article, finds its mentions,
 * places every event quote in its article's cleaned body. Fails with the file and field of a quote
 * that is not there verbatim.
 */
export function prepareCorpus(corpus: Corpus, corpusDir = 'seed'): PreparedCorpus {
  const matcher = buildAliasMatcher(corpus.entities);
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
    });
    const aliasRows = new Map<string, (typeof ALIAS_KINDS)[number]>([[entity.name, 'name']]);
    for (const alias of entity.aliases) if (!aliasRows.has(alias)) aliasRows.set(alias, 'alias');
    for (const alias of entity.searchAliases) if (!aliasRows.has(alias)) aliasRows.set(alias, 'search');
    for (const [alias, kind] of aliasRows)
      rows.entityAliases.push({ entityId: entity.id, alias, kind, searchKey: searchKey(alias) });
  }

  const bodies = new Map<string, string>();
  corpus.articles.forEach((article, index) => {
    const cleaned = cleanArticle(article.rawText, {
      title: article.title,
      siteNames: sourceNames.get(article.source) ?? [],
      isStoryLine: (line) => mentionsAnyEntity(line, matcher),
    });
    bodies.set(article.id, cleaned.body);
    const published = article.published;
    const range = published ? partialDateRange(published.date) : null;
    rows.articles.push({
      id: article.id,
      docId: index + 1,
      sourceId: article.source,
      file: `${CORPUS_FILES.articleTexts}/${article.id}.txt`,
      title: article.title,
      language: article.language,
      publishedDate: published?.date ?? null,
      publishedPrecision: published?.precision ?? null,
      publishedBasis: published?.basis ?? null,
      publishedNote: published?.note ?? null,
      publishedSort: range?.start ?? '',
      publishedEnd: range?.end ?? '',
      textOrigin: article.textOrigin,
      textOriginNote: article.textOriginNote,
      originalPublisher: article.originalPublisher?.name ?? null,
      originalPublisherBasis: article.originalPublisher?.basis ?? null,
      originalPublisherNote: article.originalPublisher?.note ?? null,
      rawText: article.rawText,
      body: cleaned.body,
      wordCount: countWords(cleaned.body),
    });

    const found = findMentions(cleaned.body, matcher);
    const counts = new Map<string, { mentionCount: number; firstOffset: number }>();
    for (const mention of found.mentions) {
      rows.mentions.push({ articleId: article.id, ...mention });
      const count = counts.get(mention.entityId);
      if (count) count.mentionCount++;
      else counts.set(mention.entityId, { mentionCount: 1, firstOffset: mention.start });
    }
    for (const [entityId, count] of counts) {
      rows.articleEntities.push({ articleId: article.id, entityId, ...count, publishedSort: range?.start ?? '' });
    }
    for (const u of found.unresolved) unresolved.push({ articleId: article.id, ...u });
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

  return { rows, unresolved };
}
