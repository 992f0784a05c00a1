// Linking through the API: pages posted in English, French and Russian with people the corpus does not know, names
// in other scripts and cases, titles, places named after people; candidates listed, confirmed by a curator, and
// quotations attributed. Real SQLite, real HTTP (inject), the one pipeline of the seed and ingest.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { seedDatabase } from '../../src/ingest/build-database.ts';
import { CORPUS_DIR } from '../../src/paths.ts';
import { buildOn, getJson, INGEST_KEY, list, postPage, seededDatabase, tempDir } from '../helper.ts';

const WRITES = { INGEST_API_KEY: INGEST_KEY, MAX_EVENT_LOOP_DELAY_MS: 0 };

const EN = `Kremlin rebukes Seoul over arms talk
Home | World | Asia

MOSCOW, June 21 (Harbour Wire) - Russia on Friday warned South Korea against supplying weapons to Ukraine, a day after President Putin returned from Pyongyang.

"Supplying lethal weapons to the combat zone would be a very big mistake," Foreign Ministry spokeswoman Maria Zakharova told reporters. Zakharova said Moscow would respond "in a way that Seoul will not like."

Comrade Kim saw Mr Putin off at the airport on Thursday, state media said. The convoy drove down Putin Avenue, a street the city renamed last year, and past Kim Il Sung Square.

"This treaty is defensive in nature," Kim Jong Un said at the ceremony.

© 2024 Harbour Wire. All rights reserved.`;

const EN_AGAIN = `Seoul weighs its answer to Moscow
Home | World | Asia

SEOUL, June 22 (Harbour Wire) - South Korean officials on Saturday studied remarks by Maria Zakharova, the Russian Foreign Ministry spokeswoman, who had warned Seoul against arming Ukraine.

"We will review the matter calmly," said Chang Ho-jin, the national security adviser to President Yoon. Chang added that no decision had been taken.

© 2024 Harbour Wire. All rights reserved.`;

const FR = `Poutine à Pyongyang : Séoul convoque l'ambassadeur
Accueil > Monde > Asie

Le président Poutine a quitté la Corée du Nord jeudi. « Ce traité ne vise aucun pays tiers », a déclaré M. Poutine devant la presse, sur la place Kim Il-sung.

Le ministre sud-coréen de la Défense, Shin Won-sik, a jugé l'accord « très préoccupant ». Selon le porte-parole du ministère des Affaires étrangères, Lim Soo-suk, Séoul « réagira fermement ».

Partager sur Facebook | Twitter`;

const RU = `Путин завершил визит в КНДР
Главная / Политика

Президент России Владимир Путин завершил государственный визит в Корейскую Народно-Демократическую Республику. На площади Ким Ир Сена прошла церемония проводов.

«Договор носит исключительно оборонительный характер», — заявил Путин журналистам. Официальный представитель МИД России Мария Захарова заявила, что Москва внимательно следит за реакцией Сеула.

Лидер КНДР Ким Чен Ын проводил Владимира Путина в аэропорту. Товарищ Ким Чен Ын поблагодарил гостя.`;

async function post(app: Awaited<ReturnType<typeof buildOn>>, page: string) {
  const res = await postPage(app, page);
  if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as {
    id: string;
    ingest: { mentions: { candidates: { id: string; name: string; type: string }[] } };
  };
}

interface Mention {
  surface: string;
  matchedBy: string;
  entity: { id: string; type: string; status: string };
}

const mentionsOf = async (app: Awaited<ReturnType<typeof buildOn>>, id: string) =>
  (await list<Mention>(app, `/v1/articles/${id}/mentions?limit=100`)).data;

t.test('pages with people the corpus does not know, in three languages', async (t) => {
  const path = seededDatabase(t);
  const app = await buildOn(t, path, WRITES);

  const en = await post(app, EN);
  t.same(
    en.ingest.mentions.candidates.map((c) => [c.id, c.name, c.type]),
    [
      ['maria-zakharova', 'Maria Zakharova', 'person'],
      ['putin-avenue', 'Putin Avenue', 'place'],
    ],
    'the spokeswoman is a candidate under her name; the avenue named after Putin is a place',
  );
  const enMentions = await mentionsOf(app, en.id);
  const people = enMentions.filter((m) => m.entity.type === 'person');
  t.same(
    people.map((m) => [m.surface, m.entity.id, m.matchedBy, m.entity.status]),
    [
      ['Putin', 'vladimir-putin', 'family-name', 'confirmed'],
      ['Maria Zakharova', 'maria-zakharova', 'exact', 'candidate'],
      ['Zakharova', 'maria-zakharova', 'family-name', 'candidate'],
      ['Kim', 'kim-jong-un', 'family-name', 'confirmed'],
      ['Putin', 'vladimir-putin', 'family-name', 'confirmed'],
      ['Kim Jong Un', 'kim-jong-un', 'exact', 'confirmed'],
    ],
    'titles are not part of names; "Putin Avenue" and the square are not the people',
  );
  t.ok(
    enMentions.some((m) => m.entity.id === 'kim-il-sung-square'),
    'the square is the place',
  );

  const again = await post(app, EN_AGAIN);
  t.same(
    again.ingest.mentions.candidates.map((c) => [c.name, c.type]),
    [
      ['Russian Foreign Ministry', 'organization'],
      ['Chang Ho-jin', 'person'],
    ],
    'a name seen before is no new candidate; new ones are',
  );
  const zakharova = await getJson<{
    status: string;
    description: string | null;
    foundBy: string;
    articleCount: number;
  }>(app, '/v1/people/maria-zakharova');
  t.equal(zakharova.status, 'candidate');
  t.equal(zakharova.description, null, 'no curator has described her');
  t.match(zakharova.foundBy, /spokeswoman/, 'how she was found');
  t.equal(zakharova.articleCount, 2, 'both English pages link to the one candidate');
  const chang = (await mentionsOf(app, again.id)).filter((m) => m.surface.startsWith('Chang'));
  t.same(
    chang.map((m) => [m.surface, m.entity.id]),
    [
      ['Chang Ho-jin', 'chang-ho-jin'],
      ['Chang', 'chang-ho-jin'],
    ],
    'a Korean name: the family name comes first',
  );

  const fr = await post(app, FR);
  const frPeople = (await mentionsOf(app, fr.id)).filter((m) => m.entity.type === 'person');
  t.same(
    frPeople.map((m) => [m.surface, m.entity.id]),
    [
      ['Poutine', 'vladimir-putin'],
      ['Poutine', 'vladimir-putin'],
      ['Shin Won-sik', 'shin-won-sik'],
      ['Lim Soo-suk', 'lim-soo-suk'],
    ],
    'French: "le président", "M." are titles; the square is not Kim Il-sung; the spokesman is a candidate',
  );

  const ru = await post(app, RU);
  const ruMentions = await mentionsOf(app, ru.id);
  t.same(
    ruMentions.filter((m) => m.entity.type === 'person').map((m) => [m.surface, m.entity.id]),
    [
      ['Владимир Путин', 'vladimir-putin'],
      ['Путин', 'vladimir-putin'],
      ['Мария Захарова', 'mariya-zakharova'],
      ['Ким Чен Ын', 'kim-jong-un'],
      ['Владимира Путина', 'vladimir-putin'],
      ['Ким Чен Ын', 'kim-jong-un'],
    ],
    'Russian: case endings, titles; the square named after Kim Il-sung is not a person',
  );
  t.notOk(
    ruMentions.some((m) => m.entity.id === 'south-korea'),
    'the official name of North Korea is not South Korea or Korea',
  );
  t.ok(
    ruMentions.some(
      (m) => m.surface === 'Корейскую Народно-Демократическую Республику' && m.entity.id === 'north-korea',
    ),
    'the official name, declined, is North Korea',
  );

  const candidates = await list<{ id: string; status: string }>(app, '/v1/people?status=candidate&limit=100');
  t.same(
    candidates.data.map((p) => p.id).sort(),
    ['chang-ho-jin', 'lim-soo-suk', 'maria-zakharova', 'mariya-zakharova'],
    'the candidates, listed apart from the curated people',
  );
  const confirmed = await list<{ id: string; status: string }>(app, '/v1/people?status=confirmed&limit=100');
  t.ok(
    confirmed.data.every((p) => p.status === 'confirmed'),
    'confirmed people only',
  );

  const quotations = await list<{
    text: string;
    speaker: { id: string } | null;
    attribution: string | null;
    verb: string | null;
    article: { id: string };
  }>(app, '/v1/quotations?limit=100&source=harbour-wire');
  const said = (start: string) => quotations.data.find((q) => q.text.startsWith(start));
  t.same(
    [said('Supplying lethal')?.speaker?.id, said('Supplying lethal')?.verb],
    ['maria-zakharova', 'told'],
    'a quotation attributed to a candidate, with its verb',
  );
  t.equal(said('This treaty')?.speaker?.id, 'kim-jong-un');
  t.equal(said('We will review')?.speaker?.id, 'chang-ho-jin', '"…," said X');
  const ruQuotes = await list<{ text: string; speaker: { id: string } | null; attribution: string; kind: string }>(
    app,
    `/v1/quotations?article=${ru.id}`,
  );
  t.same(
    ruQuotes.data.map((q) => [q.speaker?.id, q.attribution, q.kind]).sort(),
    [
      ['mariya-zakharova', 'before-quote', 'reported'],
      ['vladimir-putin', 'after-quote', 'direct'],
    ],
    '«…», — заявил Путин; and what Захарова заявила, что …',
  );
  const frQuotes = await list<{ text: string; speaker: { id: string } | null }>(
    app,
    `/v1/quotations?article=${fr.id}&speaker=vladimir-putin`,
  );
  t.same(
    frQuotes.data.map((q) => q.text),
    ['Ce traité ne vise aucun pays tiers'],
    '« … », a déclaré M. Poutine',
  );
});

t.test('a rebuild finds the candidates again; a curator confirms one by adding it to the seed', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'news.db');
  seedDatabase(CORPUS_DIR, path);
  {
    const app = await buildOn(t, path, WRITES);
    await post(app, EN);
    await app.close();
  }
  seedDatabase(CORPUS_DIR, path);
  {
    const app = await buildOn(t, path, WRITES);
    const zakharova = await getJson<{ status: string; mentionCount: number }>(app, '/v1/people/maria-zakharova');
    t.same([zakharova.status, zakharova.mentionCount], ['candidate', 2], 'the candidate, found again by the rebuild');
    await app.close();
  }

  const corpus = join(dir, 'seed');
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  const entities = join(corpus, 'entities.yaml');
  writeFileSync(
    entities,
    readFileSync(entities, 'utf8').replace(
      '# ---------------------------------------------------------------- countries',
      `- id: maria-zakharova
  type: person
  name: Maria Zakharova
  familyName: Zakharova
  aliases: []
  searchAliases: []
  labels:
    ru: ["Мария Захарова"]
  description: Spokeswoman of the Russian Foreign Ministry.
  wikidataId: null

# ---------------------------------------------------------------- countries`,
    ),
  );
  seedDatabase(corpus, path);
  const app = await buildOn(t, path, WRITES);
  const zakharova = await getJson<{ status: string; description: string; mentionCount: number }>(
    app,
    '/v1/people/maria-zakharova',
  );
  t.same(
    [zakharova.status, zakharova.description, zakharova.mentionCount],
    ['confirmed', 'Spokeswoman of the Russian Foreign Ministry.', 2],
    'confirmed under the same id, with her mentions',
  );
  const quotes = await list<{ speaker: { id: string; status: string } | null }>(
    app,
    '/v1/quotations?speaker=maria-zakharova',
  );
  t.same(
    quotes.data.map((q) => q.speaker?.status),
    ['confirmed', 'confirmed'],
    'her quotations are hers, confirmed',
  );
  t.equal((await list(app, '/v1/people?status=candidate')).data.length, 0, 'no candidate is left');
});
