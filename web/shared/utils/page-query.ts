/**
 * Which query parameters each page reads, and their canonical form. The site's page cache keys on
 * the URL, so every request is rewritten to its canonical URL before it is rendered or cached
 * (server/utils/canonical-request.ts): parameters a page does not read (utm_*, fbclid,
 * gclid, x=N…) are dropped, unknown filter values fall back to "all" as the page itself does,
 * and parameters come in one order. Junk URLs therefore share the real page's cache entry.
 * Free-text filters have unbounded values, and calendar months far from today are many: such URLs
 * are rendered but never cached.
 */
import { vietnamMonth } from '@lienhiep/vietnamese-text';
import { isRoutePath, PAGE_PARAM, type RouteName } from '../routes';
import { CONTRIBUTOR_NOTICES, NOTICE_PARAM } from './contributor-notices';
import { ASSOCIATION_FIELD_LABELS, ASSOCIATION_STATUS_LABELS } from './association-labels';
import { EVENT_KIND_LABELS } from './event-kinds';
import { parsePageNumber } from './page-number';
import { parseWidgetQuery, widgetQueryParams } from './widget-query';
import { isPreviewTokenShaped } from './preview-token';

export type CanonicalQuery = {
  /** The canonical search string, '' or '?a=1&b=2'. */
  search: string;
  /** False when the page depends on free text (a name filter): rendered for the visitor, not cached. */
  cacheable: boolean;
};

type QueryReader = (query: URLSearchParams) => { params: Array<[string, string]>; cacheable: boolean };

const FREE_TEXT_MAX_LENGTH = 100;
/** The CMS's SearchType values (app/utils/search-types.ts labels them; a unit test keeps both alike). */
export const SEARCH_TYPES = ['article', 'event', 'association', 'honoredIntellectual', 'page'];

const oneOf = (allowed: readonly string[]) => (value: string | null) => (value !== null && allowed.includes(value) ? value : null);

/** ?trang=: page 1 is the page without the parameter; a value that is not a page number is kept, so the page answers 404. */
function pageParam(query: URLSearchParams): Array<[string, string]> {
  const raw = query.get(PAGE_PARAM);
  if (raw === null || raw === '') return [];
  const page = parsePageNumber(raw);
  if (page === 1) return [];
  return [[PAGE_PARAM, page === null ? raw.slice(0, 20) : String(page)]];
}

/**
 * Calendar months a visitor plausibly browses: two years back, one ahead. Other months still render,
 * but are not cached, so walking a century of months (and every event kind) cannot push real pages
 * out of the page cache.
 */
const CACHED_MONTHS_BACK = 24;
const CACHED_MONTHS_AHEAD = 12;

/** Months since year 0 of a 'YYYY-MM' value, or of now in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
function monthIndex(value: string | null, now: Date): number {
  const match = value?.match(/^(\d{4})-(\d{2})$/);
  if (match) return Number(match[1]) * 12 + Number(match[2]) - 1;
  const { year, month } = vietnamMonth(now);
  return year * 12 + month - 1;
}

export function isCachedCalendarMonth(month: string | null, now: Date = new Date()): boolean {
  const offset = monthIndex(month, now) - monthIndex(null, now);
  return offset >= -CACHED_MONTHS_BACK && offset <= CACHED_MONTHS_AHEAD;
}

function monthParam(value: string | null): string | null {
  const match = value?.match(/^(\d{4})-(\d{2})$/);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? value! : null;
}

function freeText(value: string | null): string | null {
  const text = value?.trim().slice(0, FREE_TEXT_MAX_LENGTH);
  return text ? text : null;
}

const present = (entries: Array<[string, string | null]>): Array<[string, string]> =>
  entries.filter((entry): entry is [string, string] => entry[1] !== null);

const paginatedList: QueryReader = (query) => ({ params: pageParam(query), cacheable: true });

const eventList: QueryReader = (query) => {
  const kind = oneOf(Object.keys(EVENT_KIND_LABELS))(query.get('loai'));
  if (query.get('xem') === 'lich') {
    const month = monthParam(query.get('thang'));
    return { params: present([['loai', kind], ['thang', month], ['xem', 'lich']]), cacheable: isCachedCalendarMonth(month) };
  }
  return { params: [...present([['loai', kind], ['thoi_gian', oneOf(['da-dien-ra'])(query.get('thoi_gian'))]]), ...pageParam(query)], cacheable: true };
};

const associationDirectory: QueryReader = (query) => {
  const name = freeText(query.get('ten'));
  return {
    params: present([
      ['linh_vuc', oneOf(Object.keys(ASSOCIATION_FIELD_LABELS))(query.get('linh_vuc'))],
      ['ten', name],
      ['tinh_trang', oneOf(Object.keys(ASSOCIATION_STATUS_LABELS))(query.get('tinh_trang'))],
    ]),
    cacheable: name === null,
  };
};

const search: QueryReader = (query) => ({
  params: [...present([['loai', oneOf(SEARCH_TYPES)(query.get('loai'))], ['q', freeText(query.get('q'))]]), ...pageParam(query)],
  cacheable: false,
});

/** A contributor page after a form succeeded: the one confirmation it names (contributor-notices.ts). */
const contributorNotice: QueryReader = (query) => ({ params: present([[NOTICE_PARAM, oneOf(Object.keys(CONTRIBUTOR_NOTICES))(query.get(NOTICE_PARAM))]]), cacheable: false });

/** The code of a password e-mail's link: letters, digits, `-` and `_` (users-permissions makes hex), bounded. */
const passwordResetCode: QueryReader = (query) => {
  const code = query.get('code');
  return { params: present([['code', code !== null && /^[A-Za-z0-9_-]{1,256}$/.test(code) ? code : null]]), cacheable: false };
};

/** The widget's data: its valid parameters are cached (bounded: N ≤ 20, slugs); an invalid query is a 400, kept as asked and never stored. */
const widgetData: QueryReader = (query) => {
  const parsed = parseWidgetQuery(query);
  if (parsed.ok) return { params: widgetQueryParams(parsed.query), cacheable: true };
  return { params: present(['hoi', 'chuyen-muc', 'so-tin'].map((name): [string, string | null] => [name, query.get(name)?.slice(0, 120) ?? null])), cacheable: false };
};

/** A draft preview's token (preview-token.ts): kept as it is when shaped like one; never cached. */
const previewToken: QueryReader = (query) => {
  const token = query.get('token');
  return { params: present([['token', isPreviewTokenShaped(token) ? token : null]]), cacheable: false };
};

/** Pages that read query parameters; every other page, feed and file reads none. */
const PAGE_QUERY_READERS: Array<{ routes: RouteName[]; read: QueryReader }> = [
  { routes: ['news', 'category', 'tag'], read: paginatedList },
  { routes: ['events'], read: eventList },
  { routes: ['associations'], read: associationDirectory },
  { routes: ['search'], read: search },
  { routes: ['signIn', 'contributorRequest', 'forgotPassword', 'contributorHome'], read: contributorNotice },
  { routes: ['resetPassword'], read: passwordResetCode },
  { routes: ['widgetData'], read: widgetData },
  { routes: ['preview'], read: previewToken },
];

/** The query parameters a page at `pathname` reads, canonicalised (see the module comment). */
export function canonicalPageQuery(pathname: string, query: URLSearchParams): CanonicalQuery {
  // A page's data (/tin-tuc/_payload.json?trang=2) reads what the page reads.
  const pagePath = (pathname.replace(/\/_payload\.json$/, '') || '/').replace(/\/$/, '') || '/';
  const reader = PAGE_QUERY_READERS.find((candidate) => candidate.routes.some((name) => isRoutePath(name, pagePath)));
  if (!reader) return { search: '', cacheable: true };
  const { params, cacheable } = reader.read(query);
  const search = new URLSearchParams(params).toString();
  return { search: search ? `?${search}` : '', cacheable };
}

/** The query to carry over to another page of the same list (pagination links): what the page reads, without ?trang. */
export function pageQueryWithout(pathname: string, query: Record<string, unknown>, drop: string): Record<string, string> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') params.append(key, first);
  }
  const kept = new URLSearchParams(canonicalPageQuery(pathname, params).search);
  kept.delete(drop);
  return Object.fromEntries(kept);
}

/**
 * The site's spelling of a path (RFC 3986 §6.2.2 normalisation plus lower case, as every path of
 * the site is): escapes of unreserved characters decoded (%75 → u), other escapes in upper-case
 * hex, letters in lower case, one leading and no trailing slash. Applying it twice changes
 * nothing, so a redirect to it cannot loop.
 */
export function canonicalPagePath(pathname: string): string {
  const normalised = pathname.replace(/%[0-9a-fA-F]{2}|[^%]+|%/g, (token) => {
    // A raw backslash is escaped: browsers read "/\\host" in a Location header as "//host".
    if (!/^%[0-9a-fA-F]{2}$/.test(token)) return token.toLowerCase().replace(/\\/g, '%5C');
    const character = String.fromCharCode(Number.parseInt(token.slice(1), 16));
    return /^[A-Za-z0-9\-._~]$/.test(character) ? character.toLowerCase() : token.toUpperCase();
  });
  // One leading slash only: "//host" would send a redirect to another site.
  const single = normalised.replace(/^\/{2,}/, '/');
  return single.length > 1 ? single.replace(/\/+$/, '') || '/' : single;
}
