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

/** "© 2024 Example Media. All rights reserved.", "Copyright 2019–2024 Example", "(c) Example 2024". */
const COPYRIGHT_NAME =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?["“«„]?([\p{L}\p{N}][\p{L}\p{N}&'’. -]{1,60}?)["”»]?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:[.,|;:–—-]|all rights|tous droits|todos los derechos|alle rechte|все права|$)/iu;

/** "Name - Tous droits réservés": the name before a rights notice, with no © sign. */
const RIGHTS_RESERVED_AFTER_NAME =
  /^([\p{L}\p{N}][\p{L}\p{N}&'’. -]{1,60}?)\s*[-–—|,.]\s*(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|все права защищены)/iu;

/** A company's legal form after its name: "Ltd", "GmbH", "S.L.", "ООО". */
const LEGAL_FORM =
  /[,\s]+(?:ltd|limited|inc|llc|plc|gmbh|ag|s\.?a\.?s?|s\.?l\.?|sarl|s\.?p\.?a\.?|ooo|ооо|ао|зао)\.?$/iu;

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
  if (!reserved && !/©|\(c\)|copyright/i.test(line)) return null;
  const m = /©|\(c\)|copyright/i.test(line) ? COPYRIGHT_NAME.exec(line) : reserved;
  const name = m?.[1]?.trim().replace(/[.\s]+$/, '');
  const bare = name?.replace(LEGAL_FORM, '').trim();
  if (!bare || !/\p{L}/u.test(bare) || /^(?:all|tous|todos|alle|все)\b/iu.test(bare)) return null;
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
