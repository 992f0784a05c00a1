import { searchKey } from '../../lib/text.ts';
import type { PageLine } from './boilerplate.ts';
import type { Inference, PageMetadata } from './inference.ts';
import { none } from './inference.ts';

/**
 * The outlet: its name as the page states it (og:site_name, JSON-LD publisher, a "© 2024 Name" line), and its
 * host from the page's URL. A page that never names itself gets a null name and its host as the evidence.
 */

export interface Outlet {
  name: Inference<string>;
  /** "example.com": the host without "www.", "m." or "amp."; null without a URL. */
  host: string | null;
  /** "https://example.com/" */
  homepage: string | null;
  /** The URL the host was read from and where that URL came from. */
  url: { value: string; from: string } | null;
}

/**
 * "© 2024 Example Media. All rights reserved.", "Copyright 2019–2024 Example", "(c) Example 2024", "ⓒ 한빛뉴스, 무단 전재
 * 금지", "© 2024 東方時報 版權所有": the name stops at the rights notice.
 */
const COPYRIGHT_NAME =
  /(?:©|ⓒ|\(c\)|copyright)\s*(?:[©ⓒ]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?["“«„]?([\p{L}\p{N}][\p{L}\p{N}&'’. -]{1,60}?)["”»]?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:(?<!(?:^|[\s.])\p{Lu})\.|[,|;:–—-]|all rights|tous droits|todos los derechos|alle rechte|все права|版權所有|版权所有|不得|禁止|無断|무단|$)/iu;

/** "Name - Tous droits réservés": the name before a rights notice, with no © sign. */
const RIGHTS_RESERVED_AFTER_NAME =
  /^([\p{L}\p{N}][\p{L}\p{N}&'’. -]{1,60}?)\s*[-–—|,.]\s*(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|все права защищены)/iu;

/** A rights notice where a name would stand: "© Riproduzione riservata", "© 2024 Усі права захищені". */
const RIGHTS_NOTICE =
  /^(?:all|tous|todos|alle|все|усі|tutti|wszelkie|kaikki|alla)(?![\p{L}])|riproduzione riservata|diritti riservati|права захищені|prawa zastrzeżone|direitos reservados|rechten voorbehouden/iu;

/** A company's legal form after its name: "Ltd", "GmbH", "S.L.", "ООО". */
const LEGAL_FORM =
  /[,\s]+(?:ltd|limited|inc|llc|plc|gmbh|ag|s\.?a\.?s?|s\.?l\.?|sarl|s\.?p\.?a\.?|ooo|ооо|ао|зао)\.?$/iu;

/** Lines at the top of a page where its name stands. */
const TOP_LINES = 15;
/** A name of a few words, as a masthead prints it. */
const MAX_NAME_WORDS = 6;

const compact = (text: string) => searchKey(text).replace(/[^\p{L}\p{N}]/gu, '');

/** "The Harbour Post" on harbourpost.co.uk, "Il Secolo Ligure" on ilsecololigure.it: the name spells the host. */
function spellsHost(name: string, host: string | null): boolean {
  if (!host) return false;
  const label = compact(host.split('.')[0] as string);
  const key = compact(name);
  // An article before the name ("The", "Le", "El", "Il", "Der") is left out of most hosts.
  return label.length >= 4 && (key === label || (key.endsWith(label) && key.length - label.length <= 3));
}

/** A host's registrable part, lower case, without the usual subdomains. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

/** The name in a copyright line, or null. */
export function copyrightHolder(line: string): string | null {
  const reserved = RIGHTS_RESERVED_AFTER_NAME.exec(line);
  const sign = /©|ⓒ|\(c\)|copyright/i.test(line);
  if (!reserved && !sign) return null;
  const m = sign ? COPYRIGHT_NAME.exec(line) : reserved;
  const name = m?.[1]?.trim().replace(/[.\s]+$/, '');
  const bare = name?.replace(LEGAL_FORM, '').trim();
  if (!bare || !/\p{L}/u.test(bare) || RIGHTS_NOTICE.test(bare)) return null;
  return bare;
}

export interface OutletInput {
  url?: string | null;
  metadata?: PageMetadata | null;
  lines: readonly PageLine[];
}

export function inferOutlet(input: OutletInput): Outlet {
  const urls = [
    ...(input.url ? [{ value: input.url, from: 'the address it was fetched from' }] : []),
    ...(input.metadata?.urls ?? []),
  ];
  let url: Outlet['url'] = null;
  let host: string | null = null;
  for (const u of urls) {
    const h = hostOf(u.value);
    if (h) {
      url = u;
      host = h;
      break;
    }
  }
  const homepage = url ? `${new URL(url.value).protocol}//${new URL(url.value).hostname.toLowerCase()}/` : null;

  const site = input.metadata?.siteNames[0];
  if (site) {
    const agree = (input.metadata?.siteNames ?? [])
      .slice(1)
      .filter((s) => s.value === site.value)
      .map((s) => s.from);
    return {
      name: {
        value: site.value,
        basis: 'stated',
        source: site.from,
        evidence: `${site.from}${agree.length ? `; ${agree.join(', ')} agree` : ''}`,
      },
      host,
      homepage,
      url,
    };
  }
  // A masthead at the top of the page, or a copyright holder, whose name spells the host.
  const named = [
    ...input.lines.slice(0, TOP_LINES).filter((l) => l.text.split(/\s+/).length <= MAX_NAME_WORDS),
    ...input.lines.flatMap((l) => {
      const holder = copyrightHolder(l.text);
      return holder ? [{ ...l, text: holder }] : [];
    }),
  ].find((l) => spellsHost(l.text, host));
  if (named) {
    return {
      name: {
        value: named.text,
        basis: 'stated',
        source: `line ${named.lineNumber}`,
        evidence: `line ${named.lineNumber} names the site as its host ${host} spells it`,
      },
      host,
      homepage,
      url,
    };
  }
  for (const line of [...input.lines].reverse()) {
    const holder = copyrightHolder(line.text);
    if (holder) {
      return {
        name: {
          value: holder,
          basis: 'stated',
          source: `line ${line.lineNumber}`,
          evidence: `copyright line: "${line.text}"`,
        },
        host,
        homepage,
        url,
      };
    }
  }
  return {
    name: none(
      host
        ? `the page never names its outlet; it was published on ${host}`
        : 'the page never names its outlet and no URL was given',
    ),
    host,
    homepage,
    url,
  };
}
