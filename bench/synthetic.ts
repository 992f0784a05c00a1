import type { DatabaseRows } from '../src/ingest/write.ts';
import { partialDateRange } from '../src/lib/dates.ts';
import { countWords } from '../src/lib/text.ts';

/**
 * A deterministic synthetic corpus at any size, for benchmarks: ~50 sources over two years, ~2,000 entities
 * with aliases, article bodies of news length drawn from a Zipf-distributed English vocabulary, ~3 mentions per
 * article at exact offsets, and a timeline whose attestations quote sentences of the articles.
 */

export interface SyntheticOptions {
  articles: number;
  seed: number;
  sources?: number;
  entities?: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = `Anna Boris Carla Dmitri Elena Farid Grace Hiro Ines Jamal Karin Luis Maria Nikolai Olga Pavel Quinn Rosa
Sergei Tara Umar Vera Wei Xenia Yusuf Zofia Ahmed Bianca Chen David Emma Felix Greta Hassan Irina Jonas Kenji Lena Marco
Nadia Omar Petra Rafael Sofia Tomas Ulla Viktor Yara Zane`.split(/\s+/);
const LAST =
  `Abe Baranov Castillo Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Lindqvist Moreau Nakamura
Okafor Petrov Quintero Rossi Schmidt Tanaka Usmanov Volkov Weber Xu Yilmaz Zhang Almeida Becker Costa Novak Horvat
Lebedev Park Choi Nguyen Tran Singh Patel Khan Ali Mendes Ortiz Silva Sato Kim Lee Morozov Popov Sokolov Smirnov`.split(
    /\s+/,
  );
const ORG_A =
  `National Central United Federal Pacific Atlantic Northern Southern Eastern Western Global Regional`.split(' ');
const ORG_B = `Bank Council Agency Institute Party Ministry Union Alliance Foundation Commission Army University`.split(
  ' ',
);
const PLACE_A = `Port Lake Mount North South East West New Old Upper Lower Saint`.split(' ');
const PLACE_B = `Haven Ridge Valley Harbor Springs Falls Bridge Field Crossing Bay Point Heights Grove`.split(' ');
const SOURCE_B =
  `Herald Courier Gazette Times Post Tribune Observer Chronicle Ledger Monitor Dispatch Sentinel Journal`.split(' ');

/** Common English words in rough frequency order, so Zipf sampling gives news-like text. */
const VOCABULARY = `the of and to in a that said for on is was with he it as at by from his an be has have are
which but not this were had they their after its who been will more would also about one two new over than when
other into last year years government officials minister president country talks state people first against could
military security week talks meeting agreement visit foreign support between leaders economic trade capital since
during while where what before under city report according told statement forces border deal sanctions weapons
policy relations cooperation announced expected official defence national international political public told
parliament election party leader former including issue issues plan plans million billion percent growth market
markets prices energy oil gas power water food health hospital workers union strike court judge law laws police
crisis war peace ceasefire troops attack attacks missile missiles nuclear program programme summit delegation
ambassador embassy treaty partnership ministry council committee investigation spokesman spokeswoman analysts
experts residents crowd protest protests campaign vote voters reform budget tax taxes debt bank banks company
companies industry production exports imports farmers harvest drought flood storm weather climate emissions
technology research university students schools teachers children families housing rent prices inflation rates
agency reported earlier later today yesterday month months region regional local central northern southern
eastern western coast river bridge road rail airport port railway highway station border crossing province
district village town towns cities capital square palace building ceremony reception concert monument memorial
history historic anniversary tradition culture festival museum exhibition film music artist writer author book`
  .split(/\s+/)
  .filter(Boolean);

/** Words so rare they appear in about one article in a thousand: the benchmark's rare search term. */
export const RARE_WORDS = ['quinquennial', 'zeppelin', 'marmalade', 'obsidian', 'xylophone'];
export const COMMON_WORD = 'government';

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** Index drawn with probability ~ 1/(rank+1): a few items very common, a long tail of rare ones. */
function zipf(rand: () => number, n: number): number {
  const r = rand();
  return Math.min(n - 1, Math.floor(Math.exp(r * Math.log(n + 1))) - 1);
}

/** The same distribution as `zipf` over a fixed list, read from a precomputed table: one array access a draw. */
function zipfTable<T>(list: readonly T[], size = 1 << 14): (rand: () => number) => T {
  const table = Array.from({ length: size }, (_, i) => {
    const r = (i + 0.5) / size;
    return list[Math.min(list.length - 1, Math.floor(Math.exp(r * Math.log(list.length + 1))) - 1)] as T;
  });
  return (rand) => table[(rand() * size) | 0] as T;
}

const drawWord = zipfTable(VOCABULARY);

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Builds a body sentence by sentence, keeping the offsets of sentences and of the names written into them. */
class BodyBuilder {
  text = '';
  readonly sentences: { start: number; end: number }[] = [];
  readonly mentions: { entityId: string; start: number; end: number; surface: string }[] = [];
  private fresh = true;

  paragraph(): void {
    if (this.text) this.text += '\n\n';
    this.fresh = true;
  }

  /** Appends "Words words [name] words." with the first letter capitalised. */
  sentence(before: string, entity?: { id: string; surface: string }, after = ''): void {
    if (!this.fresh) this.text += ' ';
    this.fresh = false;
    const start = this.text.length;
    const lead = before ? `${before[0]?.toUpperCase()}${before.slice(1)}` : '';
    if (entity) {
      this.text += lead ? `${lead} ` : '';
      this.mentions.push({
        entityId: entity.id,
        start: this.text.length,
        end: this.text.length + entity.surface.length,
        surface: entity.surface,
      });
      this.text += entity.surface;
      this.text += after ? ` ${after}.` : '.';
    } else {
      this.text += `${lead}.`;
    }
    this.sentences.push({ start, end: this.text.length });
  }
}

interface SyntheticEntity {
  id: string;
  type: 'person' | 'organization' | 'place' | 'country';
  name: string;
  familyName: string | null;
  aliases: string[];
}

/** Everything that is not an article: sources and entities. Same seed, same rows. */
export function syntheticBase(options: SyntheticOptions) {
  const rand = random(options.seed);
  const sourceCount = options.sources ?? 50;
  const entityCount = options.entities ?? 2000;
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = slug(base);
    for (let i = 2; used.has(id); i++) id = `${slug(base)}-${i}`;
    used.add(id);
    return id;
  };
  const sources: DatabaseRows['sources'] = [];
  for (let i = 0; i < sourceCount; i++) {
    const name = `The ${pick(rand, PLACE_A)} ${pick(rand, PLACE_B)} ${pick(rand, SOURCE_B)}`;
    sources.push({
      id: unique(name),
      name,
      nameBasis: 'stated',
      nameNote: null,
      homepage: null,
      country: null,
      language: 'en',
      kind: 'synthetic news site',
      selfDescription: null,
      notes: null,
    });
  }
  const entities: SyntheticEntity[] = [];
  const names = new Set<string>();
  const type = (i: number): SyntheticEntity['type'] =>
    i % 10 < 6 ? 'person' : i % 10 < 8 ? 'organization' : i % 10 < 9 ? 'place' : 'country';
  for (let i = 0; entities.length < entityCount; i++) {
    const t = type(i);
    let name: string;
    let familyName: string | null = null;
    const aliases: string[] = [];
    if (t === 'person') {
      const first = pick(rand, FIRST);
      familyName = pick(rand, LAST);
      name = `${first} ${familyName}${rand() < 0.5 ? '' : ` ${pick(rand, LAST)}`}`;
      if (name.split(' ').length === 3) familyName = name.split(' ')[2] as string;
      if (rand() < 0.3) aliases.push(`${first[0]}. ${familyName}`);
    } else if (t === 'organization') {
      name = `${pick(rand, ORG_A)} ${pick(rand, PLACE_B)} ${pick(rand, ORG_B)}`;
      aliases.push(
        name
          .split(' ')
          .map((w) => w[0])
          .join(''),
      );
    } else {
      name = `${pick(rand, PLACE_A)} ${pick(rand, PLACE_B)}${t === 'country' ? 'ia' : ''}`;
    }
    if (names.has(name) || aliases.some((a) => names.has(a))) continue;
    names.add(name);
    for (const a of aliases) names.add(a);
    entities.push({ id: unique(name), type: t, name, familyName, aliases });
  }
  return { sources, entities };
}

export interface ArticleBatch {
  rows: Pick<
    DatabaseRows,
    'articles' | 'mentions' | 'articleEntities' | 'events' | 'eventParticipants' | 'eventAttestations'
  >;
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Articles [from, to) of the corpus, with their mentions, counts and events. Each article's content depends only
 * on the seed and its index, so batches can be generated in any order and give the same rows.
 */
export function syntheticArticles(
  options: SyntheticOptions,
  base: ReturnType<typeof syntheticBase>,
  from: number,
  to: number,
): ArticleBatch {
  const rows: ArticleBatch['rows'] = {
    articles: [],
    mentions: [],
    articleEntities: [],
    events: [],
    eventParticipants: [],
    eventAttestations: [],
  };
  const { sources, entities } = base;
  for (let index = from; index < to; index++) {
    const rand = random(options.seed * 1_000_003 + index);
    const id = `article-${String(index + 1).padStart(7, '0')}`;
    const mentioned = [0, 1, 2].map(() => entities[zipf(rand, entities.length)] as SyntheticEntity);
    const body = new BodyBuilder();
    const words = 280 + Math.floor(rand() * 320);
    let next = 0;
    for (let written = 0; written < words; ) {
      body.paragraph();
      const sentences = 2 + Math.floor(rand() * 3);
      for (let n = 0; n < sentences && written < words; n++) {
        const length = 8 + Math.floor(rand() * 18);
        const parts: string[] = [];
        for (let w = 0; w < length; w++) parts.push(drawWord(rand));
        if (rand() < 0.001) parts.splice(2, 0, pick(rand, RARE_WORDS));
        written += parts.length;
        const entity = next < mentioned.length && rand() < 0.35 ? mentioned[next++] : undefined;
        if (!entity) {
          body.sentence(parts.join(' '));
          continue;
        }
        const surface = entity.aliases[0] !== undefined && rand() < 0.3 ? entity.aliases[0] : entity.name;
        body.sentence(parts.slice(0, 3).join(' '), { id: entity.id, surface }, parts.slice(3).join(' '));
      }
    }
    // Names not yet written get a closing sentence of their own.
    if (next < mentioned.length) body.paragraph();
    while (next < mentioned.length) {
      const entity = mentioned[next++] as SyntheticEntity;
      body.sentence('the report also named', { id: entity.id, surface: entity.name });
    }
    const { text, mentions, sentences } = body;

    const day = START + Math.floor(rand() * 730) * DAY;
    const precision = rand() < 0.1 ? 'month' : 'day';
    const date = precision === 'day' ? iso(day) : iso(day).slice(0, 7);
    const range = partialDateRange(date);
    const source = sources[zipf(rand, sources.length)] as (typeof sources)[number];
    const title = `${mentioned[0]?.name} ${pick(rand, ['says', 'meets', 'rejects', 'backs', 'visits', 'warns'])} ${VOCABULARY[zipf(rand, 200)]} ${VOCABULARY[zipf(rand, 200)]}`;
    rows.articles.push({
      id,
      docId: index + 1,
      sourceId: source.id as string,
      file: `synthetic/${id}.txt`,
      title,
      language: 'en',
      publishedDate: date,
      publishedPrecision: precision,
      publishedBasis: 'stated',
      publishedNote: null,
      publishedSort: range.start,
      publishedEnd: range.end,
      textOrigin: 'original',
      textOriginNote: null,
      originalPublisher: null,
      originalPublisherBasis: null,
      originalPublisherNote: null,
      rawText: `${title}\n\n${text}`,
      body: text,
      wordCount: countWords(text),
    });
    const counts = new Map<string, { mentionCount: number; firstOffset: number }>();
    for (const m of mentions) {
      rows.mentions.push({ articleId: id, ...m, matchedBy: 'alias' });
      const c = counts.get(m.entityId);
      if (c) c.mentionCount++;
      else counts.set(m.entityId, { mentionCount: 1, firstOffset: m.start });
    }
    for (const [entityId, c] of counts)
      rows.articleEntities.push({ articleId: id, entityId, ...c, publishedSort: range.start });

    // One event per 20 articles, attested by this article and, with luck, by the next ones of the same event.
    const eventIndex = Math.floor(index / 20);
    const eventId = `event-${String(eventIndex + 1).padStart(6, '0')}`;
    if (index % 20 === 0) {
      const eventDay = START + Math.floor(random(options.seed + eventIndex)() * 730) * DAY;
      const eventDate = iso(eventDay);
      const lead = mentioned[0] as SyntheticEntity;
      const place = entities.find((e, i) => i >= eventIndex % entities.length && e.type === 'place') ?? null;
      rows.events.push({
        id: eventId,
        title: `${lead.name} ${pick(rand, ['signs', 'announces', 'opens', 'attends'])} ${VOCABULARY[zipf(rand, 200)]} ${VOCABULARY[zipf(rand, 200)]}`,
        description: `Synthetic event ${eventIndex + 1}.`,
        date: eventDate,
        precision: 'day',
        time: null,
        timezone: null,
        dateBasis: 'stated',
        dateNote: null,
        dateStart: eventDate,
        dateEnd: eventDate,
        locationId: place?.id ?? null,
        disputed: eventIndex % 7 === 0,
        disagreementAbout: eventIndex % 7 === 0 ? 'date' : null,
        disagreementSummary: eventIndex % 7 === 0 ? 'The articles give different days.' : null,
      });
      rows.eventParticipants.push({ eventId, entityId: lead.id, role: 'subject' });
    }
    if (index % 20 < 3) {
      const sentence = sentences[Math.floor(rand() * sentences.length)] as { start: number; end: number };
      rows.eventAttestations.push({
        eventId,
        articleId: id,
        quote: text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
        claim: null,
      });
    }
  }
  return { rows };
}
