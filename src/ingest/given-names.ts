// Lexicons of personal names the mention and candidate finders share: East Asian family names, and Russian given
// names in every case.
import { createRequire } from 'node:module';
import type { Gender } from './titles.ts';

/**
 * Common Korean and Chinese family names as news romanises them, and as Russian news writes them: a name that starts
 * with one and goes on in one or two short given-name words puts the family name first ("Choe Son Hui", "Kim Yo-jong",
 * "Wang Yi", "Ким Ё Чжон").
 */
export const EAST_ASIAN_FAMILY = new Set(
  (
    'Kim Lee Ri Yi Rhee Park Pak Choe Choi Jung Jong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Rim Han Shin Sin Seo Suh ' +
    'Oh O Yoo Woo Heo Noh Eom Um Byun Chun Koo Na Jin Bang Hyun ' +
    'Kwon Hwang Ahn An Song Hong Jeon Jon Ko Moon Mun Yang Son Bae Baek Paek Nam Roh No Ha Kwak Cha Joo Ju Min Ryu Yu ' +
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Xie Xi Tang Feng Deng Qin ' +
    'Mao Wen Qian Kong Cao Peng Lu Jiang Cai Ding Shen Pan Du Dai Xia Zhong Tian Ren Fang Shi Yao Tan Liao Zou Xiong ' +
    'Hao Cui Qiu Gu Hou Shao Meng Duan Lei Yin Qiao Lai Gong Fu Wei Su Bi Ye ' +
    'Ким Ли Пак Цой Чхве Чон Чо Кан Юн Чан Хан Син Шин Со Квон Хван Ан Сон Хон Мун Ян Ю Ван Чжан Лю Чэнь Хуан Чжао У ' +
    'Чжоу Сюй Сунь Ма Чжу Ху Го Хэ Линь Гао Ло Чжэн Се Си Тан Фэн Дэн Цинь Мао Вэнь Цянь Кун Цао Пэн Цзян Цай Дин Шэнь ' +
    'Пань Ду Дай Ся Чжун Тянь Жэнь Фан Ши Яо Ляо Цзоу Сюн Хао Цуй Цю Гу Хоу Шао Мэн Дуань Лэй Инь Цяо Лай Гун Фу Вэй Су'
  ).split(' '),
);

/**
 * Russian given names with the sex each is a name of, from `sex-by-russian-name` (about 3,400, men's and women's; a
 * name both sexes bear is in both lists). Korean and Chinese family names it lists ("ким", "ли", "пак") are left out:
 * a name that opens with one puts the family name first.
 */
const RUSSIAN_GIVEN = (() => {
  const { names } = createRequire(import.meta.url)('sex-by-russian-name/dist/names.js') as {
    names: { male: ReadonlySet<string>; female: ReadonlySet<string> };
  };
  const eastAsian = new Set([...EAST_ASIAN_FAMILY].map((n) => n.toLowerCase()));
  const keep = (set: ReadonlySet<string>) => new Set([...set].filter((n) => !eastAsian.has(n)));
  return { male: keep(names.male), female: keep(names.female) };
})();

/**
 * Foreign given names as Russian news writes them, which that list lacks ("с Дональдом Трампом", "Эммануэль Макрон"),
 * with the women's among them.
 */
const FOREIGN_GIVEN_NAMES_CYRILLIC =
  `дональд джо джон джозеф джордж джеймс джейк майк майкл ллойд энтони уильям билл барак
  марко мэтью томас чарльз ричард роберт питер пол дэвид стивен тони кир риши эммануэль франсуа николя жан пьер жозеп
  олаф фридрих франк вальтер йенс антониу педро марио нарендра синдзо фумио ёсимаса реджеп эрик генри кристофер
  кристиан стефан штефан`.split(/\s+/);
const FOREIGN_WOMEN_CYRILLIC = ['хиллари', 'камала', 'нэнси', 'ангела', 'урсула', 'джорджа', 'дженнифер'];

/** A given name as Russian text writes it in some case, with its nominative and the sex of those who bear it. */
export interface GivenReading {
  nominative: string;
  sex: Gender;
  gcase: 'nominative' | ObliqueCase;
}

/** The five oblique cases `petrovich` declines a given name into. */
export const OBLIQUE_CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
export type ObliqueCase = (typeof OBLIQUE_CASES)[number];
type Petrovich = (person: { gender: Gender; first: string }, gcase: string) => { first: string };

let givenForms: Map<string, GivenReading[]> | undefined;

/**
 * Every case form of the given names in Russian text, lower case, with its readings: the Russian list and the foreign
 * names declined by `petrovich`, the library that declines Russian names ("Павел" → "Павла", "Павлом"; "Мария" →
 * "Марии", "Марией"). One form may read as several names ("Александра": a woman's name, or a man's in the genitive).
 * Built on first use.
 */
function russianGivenForms(): Map<string, GivenReading[]> {
  if (givenForms) return givenForms;
  const decline = createRequire(import.meta.url)('petrovich') as Petrovich;
  const forms = new Map<string, GivenReading[]>();
  const add = (nominative: string, sex: Gender) => {
    const all: [string, GivenReading['gcase']][] = [
      [nominative, 'nominative'],
      ...OBLIQUE_CASES.map((c): [string, GivenReading['gcase']] => [
        decline({ gender: sex, first: nominative }, c).first,
        c,
      ]),
    ];
    for (const [form, gcase] of all) {
      const readings = forms.get(form) ?? [];
      if (!readings.some((r) => r.nominative === nominative && r.sex === sex))
        readings.push({ nominative, sex, gcase });
      forms.set(form, readings);
    }
  };
  for (const name of RUSSIAN_GIVEN.male) add(name, 'male');
  for (const name of FOREIGN_GIVEN_NAMES_CYRILLIC) add(name, 'male');
  for (const name of RUSSIAN_GIVEN.female) add(name, 'female');
  for (const name of FOREIGN_WOMEN_CYRILLIC) add(name, 'female');
  givenForms = forms;
  return forms;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The readings of a Cyrillic word as a given name in some case; empty for a word that is none, and for a word in
 * another script, which never needs the table built.
 */
export const givenReadings = (lower: string): readonly GivenReading[] =>
  CYRILLIC.test(lower) ? (russianGivenForms().get(lower) ?? []) : [];
/** True for a Cyrillic word that is a given name in the nominative ("Олег", not "Олега"). */
export const givenNominative = (lower: string) => givenReadings(lower).some((r) => r.nominative === lower);

/** True for a Cyrillic word that can only be a given name in the nominative ("Ольга", not "Александра"). */
export function onlyNominativeGiven(lower: string): boolean {
  const readings = givenReadings(lower);
  return readings.length > 0 && readings.every((r) => r.gcase === 'nominative');
}
