import type { Core } from '@strapi/strapi';

type Schema = { uid?: string };
type CheckOptions = { auth?: { ability?: unknown } } & Record<string, unknown>;
type Check<T> = (query: Record<string, unknown>, schema: Schema, options?: CheckOptions) => Promise<T>;
type ContentApiChecks = { validate: { query: Check<void> }; sanitize: { query: Check<Record<string, unknown>> } };

/** Queries remembered per permission set; the oldest is forgotten first. */
const MAX_REMEMBERED = 500;
/** Longer queries (as JSON) are checked every time. */
const MAX_KEY_LENGTH = 4_000;

type Remembered = { validated: Set<string>; sanitized: Map<string, Record<string, unknown>> };

/** The query's identity: its type and its exact JSON (keys left undefined included), or undefined when it cannot be one. */
function keyOf(query: Record<string, unknown>, schema: Schema): string | undefined {
  if (!schema?.uid) return undefined;
  try {
    const json = JSON.stringify(query, (_key, value: unknown) => (value === undefined ? '\u0000undefined' : value));
    return json.length <= MAX_KEY_LENGTH ? `${schema.uid}\u0000${json}` : undefined;
  } catch {
    return undefined; // a BigInt, a cycle: checked every time
  }
}

/**
 * A copy of a sanitized query for one caller: arrays and plain objects copied all the way down, Dates
 * (a DateTime argument) copied as Dates of their own kind, anything else shared. structuredClone
 * would make Dates of another realm under Jest's sandbox, which knex no longer recognises as dates.
 */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (Object.prototype.toString.call(value) === '[object Date]') return new ((value as Date).constructor as DateConstructor)((value as Date).getTime()) as T;
  if (typeof value !== 'object' || value === null) return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, copyOf(entry)])) as T;
}

function remember<T>(store: Map<string, T> | Set<string>, key: string, value?: T): void {
  if (store.size >= MAX_REMEMBERED) store.delete(store.keys().next().value as string);
  if (store instanceof Set) store.add(key);
  else store.set(key, value as T);
}

/**
 * Strapi validates and sanitizes every content-API query against the caller's permissions by walking
 * it with generic traversals: for the partner list, its `sort`, `filters` and pagination a few times
 * over, a fifth of the request's CPU, with the same answer every time. The answer depends only on the
 * query, its content type and the caller's permission ability; an anonymous reader's ability is one
 * object kept between requests (public-ability.ts), a token's or a user's is built per request. So the
 * answers are remembered per ability object (forgotten with it), per query: a query found valid is not
 * walked again, a sanitized query is handed out as a copy of the first. Refusals are never remembered.
 * Only GraphQL's calls (options: `auth` alone) are remembered; REST's carry their route, checked every time.
 */
export function rememberCheckedQueries(strapi: Core.Strapi): void {
  const contentApi = strapi.contentAPI as unknown as ContentApiChecks;
  const validate = contentApi.validate.query;
  const sanitize = contentApi.sanitize.query;
  const byAbility = new WeakMap<object, Remembered>();

  const rememberedFor = (options: CheckOptions | undefined): Remembered | undefined => {
    if (!options || Object.keys(options).some((key) => key !== 'auth')) return undefined;
    const ability = options.auth?.ability;
    if (typeof ability !== 'object' || ability === null) return undefined;
    let remembered = byAbility.get(ability);
    if (!remembered) {
      remembered = { validated: new Set(), sanitized: new Map() };
      byAbility.set(ability, remembered);
    }
    return remembered;
  };

  contentApi.validate.query = async (query, schema, options) => {
    const remembered = rememberedFor(options);
    const key = remembered && keyOf(query, schema);
    if (remembered && key !== undefined && remembered.validated.has(key)) return;
    await validate(query, schema, options);
    if (remembered && key !== undefined) remember(remembered.validated, key);
  };

  contentApi.sanitize.query = async (query, schema, options) => {
    const remembered = rememberedFor(options);
    const key = remembered && keyOf(query, schema);
    const kept = key !== undefined ? remembered?.sanitized.get(key) : undefined;
    if (kept) return copyOf(kept);
    const sanitized = await sanitize(query, schema, options);
    if (remembered && key !== undefined) remember(remembered.sanitized, key, copyOf(sanitized));
    return sanitized;
  };
}
