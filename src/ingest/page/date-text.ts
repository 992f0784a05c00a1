import * as chrono from 'chrono-node';

/**
 * Dates and times as pages print them: numeric dates (ISO, day-first, month-first, decided by impossibility or by
 * the page's language), dates written in words in the page's language (chrono-node's locales), clock times with and
 * without a zone. Only what the text states: a date without a year has no year, and nothing is filled in from today.
 */

export interface FoundDate {
  /** The date as printed, time and zone included when they follow it. */
  text: string;
  index: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
  hour: number | null;
  minute: number | null;
  /** The zone as printed ("EDT", "MSK", "UTC+3", "+02:00"). */
  zone: string | null;
  /** Its offset from UTC when the zone names one unambiguously, "+03:00". */
  utcOffset: string | null;
  /** How a numeric date's day and month were told apart, when that needed deciding. */
  orderNote: string | null;
}

export interface DateReadingOptions {
  /** ISO 639-1 language of the page: picks the chrono locale and the order of ambiguous numeric dates. */
  language: string | null;
  /**
   * For "06/07/2024": true reads day first, false month first. When undefined, the language decides: English
   * reads month first, every other language day first.
   */
  dayFirst?: boolean;
}

type ChronoLocale = { strict: chrono.Chrono };
const LOCALES: Readonly<Record<string, ChronoLocale>> = {
  en: chrono.en,
  fr: chrono.fr,
  es: chrono.es,
  de: chrono.de,
  ru: chrono.ru,
  uk: chrono.uk,
  it: chrono.it,
  pt: chrono.pt,
  nl: chrono.nl,
  sv: chrono.sv,
  fi: chrono.fi,
  ja: chrono.ja,
  zh: chrono.zh,
  vi: chrono.vi,
  id: chrono.id,
};
/** The languages whose written dates are read: chrono-node ships these locales. */
export const DATE_LANGUAGES = Object.keys(LOCALES);

/** Zone abbreviations and their offsets; null where the abbreviation means more than one zone (CST, IST, ET). */
const ZONES: Readonly<Record<string, string | null>> = {
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  WET: '+00:00',
  WEST: '+01:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  МСК: '+03:00',
  EST: '-05:00',
  EDT: '-04:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  JST: '+09:00',
  KST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  AWST: '+08:00',
  NZST: '+12:00',
  NZDT: '+13:00',
  BRT: '-03:00',
  ART: '-03:00',
  CST: null,
  IST: null,
  ET: null,
  PT: null,
  CT: null,
};
const ZONE_NAMES = Object.keys(ZONES).sort((a, b) => b.length - a.length);
const ZONE_AFTER_TIME = new RegExp(
  `^[\\s,]*\\(?\\s*(?:(${ZONE_NAMES.join('|')})(?![\\p{L}])(?:\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?)?|([+\\-−])(\\d{2}):?(\\d{2})(?!\\d)|(heure de Paris|heure française|hora peninsular|hora de Madrid|hora local|по московскому времени|мск))\\s*\\)?`,
  'u',
);

/** A weekday as Chinese, Japanese and Korean print it beside a date: "星期三", "週三", "(水)", "수요일", "(수)". */
const CJK_WEEKDAY =
  '(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|[월화수목금토일]요일|[月火水木金土日]曜日|[（(]\\s*[月火水木金土日一二三四五六天월화수목금토일]\\s*[)）]';
/** Morning and afternoon words printed before the clock time: "下午3:20", "오후 6시", "午後3時". */
const CJK_MERIDIEM = '上午|早上|凌晨|中午|下午|晚上|오전|오후|午前|午後';
const CJK_AFTERNOON = /^(?:中午|下午|晚上|오후|午後)$/u;

const TIME_AFTER_DATE = new RegExp(
  `^(?:\\s*(?:,|at|à|a las|a la|um|в|o|alle|ore|às|om|-|–|—|\\||·|г\\.?,?|года,?|de|T|${CJK_WEEKDAY}))*\\s*(?:(${CJK_MERIDIEM})\\s*)?(\\d{1,2})(?:[:h.](\\d{2})|\\s*[時时시](?![간間间])\\s*(?:(\\d{1,2})\\s*[分분])?)(?::\\d{2})?(?:\\s*([ap])\\.?\\s?m\\.?)?(?:\\s*(?:Uhr|h|ч\\.?))?`,
  'iu',
);

const TIME_BEFORE_DATE =
  /(?<![\d.:])(\d{1,2})[:h](\d{2})(?:\s*([ap])\.?\s?m\.?)?(?:\s*(?:Uhr|h|ч\.?))?\s*[,|·–—-]?\s*(?:(?:le|el|am|on|den)\s+)?$/iu;

const pad = (n: number) => String(n).padStart(2, '0');

function offsetOf(sign: string, hours: string, minutes: string | undefined): string {
  return `${sign === '+' ? '+' : '-'}${pad(Number(hours))}:${minutes ?? '00'}`;
}

/** Reads a zone just after a time; returns it with how far it reaches. */
export function zoneAfter(text: string): { zone: string; utcOffset: string | null; length: number } | null {
  const m = ZONE_AFTER_TIME.exec(text);
  if (!m) return null;
  if (m[1]) {
    const base = ZONES[m[1]] ?? null;
    if (m[2] && m[3]) {
      const offset = offsetOf(m[2], m[3], m[4]);
      const fixed = m[1] === 'UTC' || m[1] === 'GMT' ? offset : null;
      return {
        zone: `${m[1]}${m[2] === '+' ? '+' : '-'}${m[3]}${m[4] ? `:${m[4]}` : ''}`,
        utcOffset: fixed,
        length: m[0].length,
      };
    }
    return { zone: m[1], utcOffset: base, length: m[0].length };
  }
  if (m[5] && m[6] && m[7]) {
    const offset = offsetOf(m[5], m[6], m[7]);
    return { zone: offset, utcOffset: offset, length: m[0].length };
  }
  if (m[8]) return { zone: m[8], utcOffset: null, length: m[0].length };
  return null;
}

function to24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'p' || CJK_AFTERNOON.test(meridiem);
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Extends a date with the time (and zone) printed right after it. */
function withTimeAfter(text: string, found: FoundDate): FoundDate {
  if (found.hour !== null) {
    const zone = zoneAfter(text.slice(found.end));
    if (zone && found.zone === null) {
      return {
        ...found,
        zone: zone.zone,
        utcOffset: zone.utcOffset,
        end: found.end + zone.length,
        text: text.slice(found.index, found.end + zone.length),
      };
    }
    return found;
  }
  const rest = text.slice(found.end);
  const t = TIME_AFTER_DATE.exec(rest);
  if (!t) {
    // "12:30, 3 апреля 2024", "14:02 | 22.08.2023": the time printed before the date.
    const before = TIME_BEFORE_DATE.exec(text.slice(0, found.index));
    if (!before) return found;
    const hour = to24(Number(before[1]), before[3]);
    const minute = Number(before[2]);
    if (hour > 23 || minute > 59) return found;
    const index = found.index - before[0].length;
    return { ...found, hour, minute, index, text: text.slice(index, found.end) };
  }
  // Groups: a CJK morning/afternoon word, the hour, the minute after a colon or before 分/분, an "a.m."/"p.m.".
  const hour = to24(Number(t[2]), t[5] ?? t[1]);
  const minute = Number(t[3] ?? t[4] ?? 0);
  if (hour > 23 || minute > 59) return found;
  let end = found.end + t[0].length;
  const zone = zoneAfter(text.slice(end));
  if (zone) end += zone.length;
  return {
    ...found,
    hour,
    minute,
    zone: zone?.zone ?? null,
    utcOffset: zone?.utcOffset ?? null,
    end,
    text: text.slice(found.index, end),
  };
}

const ISO =
  /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d])/g;
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)/g;
const SLASHED = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/])/g;
const YEAR_FIRST = /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/g;
/** "2024.06.19", "2024. 6. 19.": year first with dots, as Korean, Chinese and Hungarian pages print dates. */
const YEAR_FIRST_DOTTED = /(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})(?:\.(?!\d))?(?![\d])/g;
/** "2024年6月19日", "2024년 6월 19일", "6月19日": the year, month and day counters of Chinese, Japanese and Korean. */
const CJK_COUNTED = /(?<!\d)(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]/gu;

function daysIn(year: number | null, month: number): number {
  const leap = year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function real(year: number | null, month: number, day: number | null): boolean {
  return month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= daysIn(year, month)));
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function numericDates(text: string, options: DateReadingOptions): FoundDate[] {
  const out: FoundDate[] = [];
  const base = (m: RegExpExecArray) => ({
    text: m[0],
    index: m.index,
    end: m.index + m[0].length,
    hour: null,
    minute: null,
    zone: null,
    utcOffset: null,
    orderNote: null,
  });
  for (const m of text.matchAll(ISO)) {
    const [, y, mo, d, h, mi, z] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!real(year, month, day)) continue;
    const zone = z ? (z === 'Z' ? 'Z' : z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z) : null;
    out.push({
      ...base(m),
      year,
      month,
      day,
      hour: h ? Number(h) : null,
      minute: mi ? Number(mi) : null,
      zone,
      utcOffset: zone === 'Z' ? '+00:00' : zone,
    });
  }
  for (const m of text.matchAll(YEAR_FIRST)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (real(year, month, day)) out.push({ ...base(m), year, month, day });
  }
  for (const m of text.matchAll(YEAR_FIRST_DOTTED)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (real(year, month, day)) out.push({ ...base(m), year, month, day });
  }
  for (const m of text.matchAll(CJK_COUNTED)) {
    const year = m[1] ? Number(m[1]) : null;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (real(year, month, day)) out.push({ ...base(m), year, month, day });
  }
  for (const m of text.matchAll(DOTTED)) {
    const year = fullYear(m[3] as string);
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (real(year, month, day))
      out.push({ ...base(m), year, month, day, orderNote: 'dotted dates are read day first' });
  }
  for (const m of text.matchAll(SLASHED)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    let dayFirst: boolean;
    let orderNote: string;
    if (a > 12 && b <= 12) {
      dayFirst = true;
      orderNote = `day first: ${a} cannot be a month`;
    } else if (b > 12 && a <= 12) {
      dayFirst = false;
      orderNote = `month first: ${b} cannot be a month`;
    } else if (a === b) {
      dayFirst = true;
      orderNote = 'day and month are the same number';
    } else if (options.dayFirst !== undefined) {
      dayFirst = options.dayFirst;
      orderNote = `ambiguous, read ${dayFirst ? 'day' : 'month'} first as the page's locale writes dates`;
    } else {
      dayFirst = options.language !== 'en';
      orderNote = `ambiguous, read ${dayFirst ? 'day' : 'month'} first as ${options.language === 'en' ? 'English (US) pages write' : options.language ? `pages in "${options.language}" write` : 'most languages write'} dates`;
    }
    const day = dayFirst ? a : b;
    const month = dayFirst ? b : a;
    if (real(year, month, day)) out.push({ ...base(m), year, month, day, orderNote });
  }
  return out;
}

/** Relative words chrono's strict mode may still take as dates. */
const RELATIVE = /^(?:today|tonight|now|yesterday|tomorrow)$/i;

function writtenDates(text: string, language: string | null, masked: string): FoundDate[] {
  const locale = (language && LOCALES[language]) || chrono.en;
  const reference = new Date(Date.UTC(2000, 0, 1));
  const results = locale.strict.parse(masked, reference);
  const out: FoundDate[] = [];
  for (const r of results) {
    if (RELATIVE.test(r.text.trim())) continue;
    const s = r.start;
    const hasMonth = s.isCertain('month');
    const hasDay = s.isCertain('day');
    const hasHour = s.isCertain('hour');
    const previous = out.at(-1);
    // A time printed just after a date ("18 июня 2024 г., 10:45") comes back as a separate result.
    if (
      !hasMonth &&
      hasHour &&
      previous &&
      previous.hour === null &&
      /^[\s,.;–—|-]*(?:г\.?|года|à|at|a las|um|в)?[\s,.;–—|-]*$/iu.test(text.slice(previous.end, r.index))
    ) {
      const end = r.index + r.text.length;
      previous.hour = s.get('hour') ?? null;
      previous.minute = s.get('minute') ?? 0;
      previous.end = end;
      previous.text = text.slice(previous.index, end);
      continue;
    }
    // Numeric forms are read above; a written date names its month in words and its day in digits.
    if (!hasMonth || !hasDay || !/\d/.test(r.text) || !/\p{L}{3,}/u.test(r.text)) continue;
    const found: FoundDate = {
      text: r.text,
      index: r.index,
      end: r.index + r.text.length,
      year: s.isCertain('year') ? (s.get('year') ?? null) : null,
      month: s.get('month') ?? 0,
      day: s.get('day') ?? null,
      hour: hasHour ? (s.get('hour') ?? null) : null,
      minute: hasHour ? (s.get('minute') ?? 0) : null,
      zone: null,
      utcOffset: null,
      orderNote: null,
    };
    if (!real(found.year, found.month, found.day)) continue;
    // chrono takes a zone into its match ("10:32 a.m. EDT"): keep it as printed.
    if (hasHour) {
      const zone = /\s*\(?([A-ZА-Я]{1,5}(?:[+\-−]\d{1,2}(?::?\d{2})?)?)\)?$/u.exec(r.text);
      if (zone?.[1] && zone[1] in ZONES) {
        found.zone = zone[1];
        found.utcOffset = ZONES[zone[1]] ?? null;
      }
    }
    out.push(found);
  }
  return out;
}

/** Every full date (day and month, with or without year) the text states, in order, each with its time and zone. */
export function findDates(text: string, options: DateReadingOptions): FoundDate[] {
  const numeric = numericDates(text, options)
    .sort((a, b) => a.index - b.index || b.end - a.end)
    .filter((d, i, all) => !all.slice(0, i).some((e) => d.index < e.end && e.index < d.end));
  let masked = text;
  for (const d of numeric) masked = masked.slice(0, d.index) + ' '.repeat(d.end - d.index) + masked.slice(d.end);
  const written = writtenDates(text, options.language, masked);
  return [...numeric, ...written].sort((a, b) => a.index - b.index).map((d) => withTimeAfter(text, d));
}

/** The date's ISO form as precise as it is: "2024-06-18" or "--06-18" when the year is not stated. */
export function isoDate(d: Pick<FoundDate, 'year' | 'month' | 'day'>): string {
  const md = `${pad(d.month)}${d.day !== null ? `-${pad(d.day)}` : ''}`;
  return d.year === null ? `--${md}` : `${d.year}-${md}`;
}

/** Days since 0000-03-01 (for comparing dates without Date's time zone). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Labels of the publication date. Korean ones ("입력", "기사입력", "등록일") stand apart from other Hangul; Chinese and
 * Japanese ones ("发布时间", "發佈於", "公開日") run into the text around them.
 */
const PUBLISHED_LABEL =
  /(?:^|[\s|·(])(?:first published|published|posted|publication|publié(?:e)?|mis en ligne|publicado|publicada|fecha de publicación|veröffentlicht|erschienen|publiziert|опубликовано|опубликован[оа]?|дата публикации|опубл\.|pubblicato|gepubliceerd)(?![\p{L}])|(?<!\p{Script=Hangul})(?:기사\s?입력|입력|등록|발행|게재|송고|작성)(?:일시|일자|일|시간)?(?!\p{Script=Hangul})|(?:发布|發佈|發布|发表|發表|刊登|出版|公開|公开|配信|掲載|投稿)(?:时间|時間|日期|日時|日|于|於)?/iu;
const UPDATED_LABEL =
  /(?:^|[\s|·(])(?:last updated|updated|modified|last modified|mis à jour|mise à jour|actualisé(?:e)?|actualizado|actualizada|última actualización|aktualisiert|zuletzt aktualisiert|stand|обновлено|обновлен[оа]?|изменено|aggiornato|atualizado|bijgewerkt)(?![\p{L}])|(?<!\p{Script=Hangul})(?:최종\s?수정|수정|업데이트|갱신)(?:일시|일자|일|시간)?(?!\p{Script=Hangul})|(?:最后更新|最後更新|更新|修改|修訂|修订)(?:时间|時間|日期|日時|日|于|於)?/iu;

export type DateLabel = 'published' | 'updated' | null;

/** Whether a stretch of text labels a date as the publication or as an update. */
export function dateLabelOf(text: string): DateLabel {
  const published = PUBLISHED_LABEL.exec(text);
  const updated = UPDATED_LABEL.exec(text);
  if (published && (!updated || published.index <= updated.index)) return 'published';
  return updated ? 'updated' : null;
}

const WEEKDAYS = new RegExp(
  `(?<![\\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье)(?![\\p{L}])|${CJK_WEEKDAY}`,
  'giu',
);
const DATE_FILLER = new RegExp(
  `(?<![\\p{L}])(?:on|at|the|of|le|la|à|el|de|del|a las|am|um|uhr|den|в|г|года|год|h|min|et|y|und|and|le|am|pm|a\\.m|p\\.m|o|alle|om)(?![\\p{L}])|${CJK_MERIDIEM}`,
  'giu',
);

const TIME_ANYWHERE =
  /(?<![\d])(?:\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:Uhr|h|ч\.?))?|\d{1,2}\s*[時时시](?![간間间])(?:\s*\d{1,2}\s*[分분])?)(?![\d])/giu;
const ZONE_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${ZONE_NAMES.join('|')})(?![\\p{L}])`, 'gu');

export interface DateLine {
  dates: FoundDate[];
  label: DateLabel;
}

/**
 * When a line is only a date (with its label, weekday, time and zone): a dateline or a date bar, not story.
 * Returns null when the line says something besides.
 */
export function readDateLine(line: string, options: DateReadingOptions): DateLine | null {
  if (line.length > 120) return null;
  const dates = findDates(line, options);
  if (dates.length === 0) return null;
  let rest = line;
  for (const d of [...dates].reverse()) rest = `${rest.slice(0, d.index)} ${rest.slice(d.end)}`;
  rest = rest
    .replace(TIME_ANYWHERE, ' ')
    .replace(ZONE_ANYWHERE, ' ')
    .replace(PUBLISHED_LABEL, ' ')
    .replace(UPDATED_LABEL, ' ')
    .replace(WEEKDAYS, ' ')
    .replace(DATE_FILLER, ' ');
  const left = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (left.length > 1) return null;
  return { dates, label: dateLabelOf(line) };
}
