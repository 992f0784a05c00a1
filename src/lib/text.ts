/** Small text helpers shared by cleaning, mention finding and search. */

/** Lower case, accents, punctuation and spacing removed: "Kim Jong-un" and "KIM JONG UN" give "kimjongun". */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A word: letters and digits joined by apostrophes or hyphens; in Chinese and Japanese, written without spaces, each character. */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+(?:['’-](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** A language tag's primary subtag in lower case ("en-GB" → "en", "zh_Hant" → "zh"); '' when there is none. */
export function languageCode(language: string | null | undefined): string {
  return (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Russian and Ukrainian letters in Latin, for readable ids (a simplified BGN/PCGN romanisation). */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A lower-case kebab-case id made from a text: accents dropped, Cyrillic romanised, anything else that is not a
 * Latin letter or digit a separator; cut at a word boundary to at most `max` characters. Empty when nothing is left.
 */
export function slugOf(text: string, max = 60): string {
  const latin = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '-')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin.length <= max) return latin;
  const cut = latin.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > max / 2 ? cut.slice(0, end) : latin.slice(0, max)).replace(/-+$/, '');
}
