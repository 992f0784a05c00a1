import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import {
  type Attribution,
  articleEntities,
  articles,
  entities,
  entityAliases,
  eventParticipants,
  mentions,
  type QuotationKind,
  quotations,
  sources,
} from '../../src/db/schema.ts';
import { countWords, searchKey } from '../../src/lib/text.ts';
import { seededDatabase, type TestLike } from '../helper.ts';

/**
 * A seeded database with quotations and a candidate entity: the seed's own quotations and candidates are replaced by
 * these, so the tests know every row. Quotations stand at their real offsets in the articles' cleaned bodies. The
 * candidate, a name no curated entity has, is quoted and mentioned in one extra article of its own.
 */

export const CANDIDATE = {
  id: 'oleg-vasnetsov',
  name: 'Oleg Vasnetsov',
  foundBy: 'a full name before "told reporters"',
};
export const CANDIDATE_ARTICLE = 'kremlin-aide-expects-quick-ratification';
export const CANDIDATE_SOURCE = { id: 'example-wire', name: 'Example Wire' };

const CANDIDATE_BODY = [
  'Kremlin aide Oleg Vasnetsov told reporters in Pyongyang that the treaty would be ratified within weeks.',
  '“The document is ready and both sides have signed it,” Vasnetsov said on Thursday. Vladimir Putin said that the two countries would deepen their cooperation.',
  'The next round of talks is expected in Moscow.',
].join('\n\n');

interface QuotationSpec {
  article: string;
  text: string;
  kind: QuotationKind;
  speaker: string | null;
  /** The speaker's name as the text gives it, found inside `cue`. */
  surface: string | null;
  attribution: Attribution | null;
  verb: string | null;
  cue: string | null;
}

const spec = (
  article: string,
  text: string,
  kind: QuotationKind,
  speaker: string | null,
  surface: string | null,
  attribution: Attribution | null,
  verb: string | null,
  cue: string | null,
): QuotationSpec => ({ article, text, kind, speaker, surface, attribution, verb, cue });

const LAVISH = 'putin-lavish-welcome-kim-closer-ties';
const PACT = 'putin-kim-sign-comprehensive-pact';
const WELCOME = 'kim-jong-un-warm-welcome-putin';
const TALKS = 'putin-kim-begin-talks-pyongyang';
const VISIT = 'putin-state-visit-partnership-treaty';

const QUOTATIONS: QuotationSpec[] = [
  spec(
    LAVISH,
    'These illegal actions are only aimed at weakening the world economic and political system,',
    'direct',
    'vladimir-putin',
    'Putin',
    'after-quote',
    'said',
    'Putin said',
  ),
  spec(
    LAVISH,
    'We will continue to oppose the use of suffocating sanctions as a tool used by the West to maintain its hegemony.',
    'direct',
    'vladimir-putin',
    'Putin',
    'before-quote',
    'said',
    'Putin said',
  ),
  // A speaker the text names but no entity is.
  spec(
    LAVISH,
    'Returning to negotiations with North Korea faces a really uphill battle,',
    'direct',
    null,
    'Jenny Town',
    'after-quote',
    'said',
    'said Jenny Town',
  ),
  spec(
    LAVISH,
    'The integrity of the international order is in question with respect to the defense of Ukraine and the implementation of United Nations Security Council resolutions,',
    'direct',
    null,
    null,
    'pronoun',
    'said',
    'he said',
  ),
  spec(
    PACT,
    'provides, among other things, for mutual assistance in the event of aggression against one of the parties.',
    'direct',
    'vladimir-putin',
    'Putin',
    'before-quote',
    'said',
    'Putin said',
  ),
  spec(
    PACT,
    'he backed Russia’s war in Ukraine',
    'reported',
    'kim-jong-un',
    'Kim Un',
    'before-quote',
    'told',
    'Kim Un told',
  ),
  spec(
    WELCOME,
    'countries that do not accept this position and apply independent policies face increasingly harsh external pressure.',
    'direct',
    'vladimir-putin',
    'Putin',
    'before-quote',
    'assures',
    'Putin assures that',
  ),
  spec(WELCOME, 'We salute Comrade Vladimir Putin', 'direct', null, null, null, null, null),
  spec(
    TALKS,
    'North Korea is offering important munitions to Russia… and different weapons to be used in Ukraine. Iran has been offering weaponry, together with drones, which were used in opposition to civilians and civilian infrastructure,',
    'direct',
    'antony-blinken',
    'Blinken',
    'after-quote',
    'advised',
    'Blinken advised',
  ),
  spec(
    VISIT,
    'the most honest friend and comrade',
    'direct',
    'kim-jong-un',
    'Kim',
    'before-quote',
    'stated',
    'Kim stated that',
  ),
  spec(
    CANDIDATE_ARTICLE,
    'the treaty would be ratified within weeks',
    'reported',
    CANDIDATE.id,
    'Oleg Vasnetsov',
    'before-quote',
    'told',
    'Oleg Vasnetsov told reporters in Pyongyang that',
  ),
  spec(
    CANDIDATE_ARTICLE,
    'The document is ready and both sides have signed it,',
    'direct',
    CANDIDATE.id,
    'Vasnetsov',
    'after-quote',
    'said',
    'Vasnetsov said',
  ),
  spec(
    CANDIDATE_ARTICLE,
    'the two countries would deepen their cooperation',
    'reported',
    'vladimir-putin',
    'Vladimir Putin',
    'before-quote',
    'said',
    'Vladimir Putin said that',
  ),
];

/** A quotation as stored: what the tests expect the API to answer, computed here from the bodies. */
export interface StoredQuotation extends QuotationSpec {
  id: number;
  start: number;
  end: number;
  speakerStart: number | null;
  speakerEnd: number | null;
  publishedSort: string;
  sourceId: string;
}

export interface QuotationFixture {
  path: string;
  quotations: StoredQuotation[];
  /** Each article's cleaned body, by id. */
  bodies: Map<string, string>;
}

/** The only occurrence of `needle` in `haystack`; throws when it is missing or not unique. */
function only(haystack: string, needle: string, what: string): number {
  const at = haystack.indexOf(needle);
  if (at === -1) throw new Error(`${what}: "${needle}" is not in the text`);
  if (haystack.indexOf(needle, at + 1) !== -1) throw new Error(`${what}: "${needle}" occurs more than once`);
  return at;
}

/** The occurrence of `cue` nearest to [start, end): just before or just after the quotation. */
function cueNear(body: string, cue: string, start: number, end: number): number {
  const before = body.lastIndexOf(cue, start);
  const after = body.indexOf(cue, end);
  if (before === -1 && after === -1) throw new Error(`the cue "${cue}" is not in the text`);
  if (before === -1) return after;
  if (after === -1) return before;
  return start - before <= after - end ? before : after;
}

export function quotationDatabase(t: TestLike): QuotationFixture {
  const path = seededDatabase(t);
  const db = openDatabase(path);
  try {
    db.transaction((tx) => {
      tx.delete(quotations).run();
      const candidates = tx.select({ id: entities.id }).from(entities).where(eq(entities.status, 'candidate')).all();
      for (const { id } of candidates) {
        tx.delete(mentions).where(eq(mentions.entityId, id)).run();
        tx.delete(eventParticipants).where(eq(eventParticipants.entityId, id)).run();
        tx.delete(articleEntities).where(eq(articleEntities.entityId, id)).run();
        tx.delete(entityAliases).where(eq(entityAliases.entityId, id)).run();
        tx.delete(entities).where(eq(entities.id, id)).run();
      }

      // The candidate's article: its source, the article, the mentions in it and their totals.
      const docId = tx.get<{ n: number }>(sql`select coalesce(max(doc_id), 0) + 1 as n from articles`)?.n ?? 1;
      tx.insert(sources).values(CANDIDATE_SOURCE).run();
      const vasnetsov = only(CANDIDATE_BODY, 'Oleg Vasnetsov', CANDIDATE_ARTICLE);
      const familyName = only(CANDIDATE_BODY, 'Vasnetsov said', CANDIDATE_ARTICLE);
      const putin = only(CANDIDATE_BODY, 'Vladimir Putin', CANDIDATE_ARTICLE);
      tx.insert(articles)
        .values({
          id: CANDIDATE_ARTICLE,
          docId,
          sourceId: CANDIDATE_SOURCE.id,
          file: 'stdin',
          title: 'Kremlin aide expects quick ratification of the treaty',
          language: 'en',
          publishedDate: '2024-06-20',
          publishedPrecision: 'day',
          publishedBasis: 'stated',
          publishedSort: '2024-06-20',
          publishedEnd: '2024-06-20',
          textOrigin: 'unassessed',
          wordCount: countWords(CANDIDATE_BODY),
          topEntities: JSON.stringify([
            { id: CANDIDATE.id, name: CANDIDATE.name, type: 'person', mentionCount: 2 },
            { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', mentionCount: 1 },
          ]),
          rawText: CANDIDATE_BODY,
          body: CANDIDATE_BODY,
          origin: 'ingest',
          ingestedAt: '2024-06-20T09:00:00.000Z',
        })
        .run();
      tx.insert(entities)
        .values({
          id: CANDIDATE.id,
          type: 'person',
          name: CANDIDATE.name,
          familyName: 'Vasnetsov',
          // Candidates have no curated description; the column is NOT NULL.
          description: '',
          mentionCount: 2,
          articleCount: 1,
          status: 'candidate',
          foundBy: CANDIDATE.foundBy,
        })
        .run();
      tx.insert(entityAliases)
        .values({ entityId: CANDIDATE.id, alias: CANDIDATE.name, kind: 'name', searchKey: searchKey(CANDIDATE.name) })
        .run();
      tx.insert(mentions)
        .values([
          {
            articleId: CANDIDATE_ARTICLE,
            entityId: CANDIDATE.id,
            start: vasnetsov,
            end: vasnetsov + 'Oleg Vasnetsov'.length,
            surface: 'Oleg Vasnetsov',
            matchedBy: 'exact',
          },
          {
            articleId: CANDIDATE_ARTICLE,
            entityId: CANDIDATE.id,
            start: familyName,
            end: familyName + 'Vasnetsov'.length,
            surface: 'Vasnetsov',
            matchedBy: 'family-name',
          },
          {
            articleId: CANDIDATE_ARTICLE,
            entityId: 'vladimir-putin',
            start: putin,
            end: putin + 'Vladimir Putin'.length,
            surface: 'Vladimir Putin',
            matchedBy: 'exact',
          },
        ])
        .run();
      tx.insert(articleEntities)
        .values([
          {
            articleId: CANDIDATE_ARTICLE,
            entityId: CANDIDATE.id,
            mentionCount: 2,
            firstOffset: vasnetsov,
            publishedSort: '2024-06-20',
          },
          {
            articleId: CANDIDATE_ARTICLE,
            entityId: 'vladimir-putin',
            mentionCount: 1,
            firstOffset: putin,
            publishedSort: '2024-06-20',
          },
        ])
        .run();
      tx.run(sql`update entities set mention_count = mention_count + 1, article_count = article_count + 1
        where id = 'vladimir-putin'`);
    });

    const rows = db
      .select({
        id: articles.id,
        body: articles.body,
        publishedSort: articles.publishedSort,
        sourceId: articles.sourceId,
      })
      .from(articles)
      .all();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const stored: StoredQuotation[] = [];
    for (const quotation of QUOTATIONS) {
      const article = byId.get(quotation.article);
      if (!article) throw new Error(`no article ${quotation.article}`);
      const start = only(article.body, quotation.text, quotation.article);
      const end = start + quotation.text.length;
      let speakerStart: number | null = null;
      if (quotation.cue && quotation.surface) {
        const cue = cueNear(article.body, quotation.cue, start, end);
        speakerStart = cue + quotation.cue.indexOf(quotation.surface);
      }
      const speakerEnd = speakerStart === null ? null : speakerStart + (quotation.surface ?? '').length;
      const [row] = db
        .insert(quotations)
        .values({
          articleId: quotation.article,
          text: quotation.text,
          start,
          end,
          kind: quotation.kind,
          speakerId: quotation.speaker,
          speakerSurface: speakerStart === null ? null : quotation.surface,
          speakerStart,
          speakerEnd,
          attribution: quotation.attribution,
          verb: quotation.verb,
          cue: quotation.cue,
          publishedSort: article.publishedSort,
        })
        .returning({ id: quotations.id })
        .all();
      if (!row) throw new Error('no quotation inserted');
      stored.push({
        ...quotation,
        id: row.id,
        start,
        end,
        speakerStart,
        speakerEnd,
        publishedSort: article.publishedSort,
        sourceId: article.sourceId,
      });
    }
    return { path, quotations: stored, bodies: new Map(rows.map((row) => [row.id, row.body])) };
  } finally {
    db.$client.close();
  }
}
