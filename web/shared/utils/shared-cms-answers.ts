/**
 * CMS answers every page shares (the site's settings and the menu's categories), kept in the server
 * process until the next publish: each page render then asks the CMS for its own data only. Cleared
 * by the revalidation endpoint with the page cache (server/api/revalidate.post.ts). The store hangs
 * on `globalThis` under a registered symbol because the page renderer and the Nitro server are
 * bundled apart and may each hold their own copy of this module. A failed answer is never kept.
 * Answers are shared between renders: callers must not change them.
 */
type Store = Map<string, Promise<unknown>>;

const STORE = Symbol.for('lienhiep-laocai.shared-cms-answers');

function store(): Store {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store };
  holder[STORE] ??= new Map();
  return holder[STORE];
}

/** The answer stored under `key`, or `load()`'s, stored until the next publish. */
export function sharedCmsAnswer<T>(key: string, load: () => Promise<T>): Promise<T> {
  const answers = store();
  const known = answers.get(key);
  if (known) return known as Promise<T>;
  const answer = load();
  answers.set(key, answer);
  answer.catch(() => {
    if (answers.get(key) === answer) answers.delete(key);
  });
  return answer;
}

/** Forgets every shared answer (a publish may have changed them). */
export function forgetSharedCmsAnswers(): void {
  store().clear();
}
