import type { Core } from '@strapi/strapi';
import { rememberCheckedQueries } from '../../src/security/checked-queries';

type Query = Record<string, unknown>;

/** Strapi's content-API checks, standing in with counters: what they answer depends on the ability. */
function contentApiWithCounters() {
  const calls = { validate: 0, sanitize: 0 };
  const contentAPI = {
    validate: {
      query: async (query: Query, _schema?: unknown, _options?: unknown) => {
        calls.validate += 1;
        if (query.sort === 'secret:asc') throw new Error('Invalid key secret');
      },
    },
    sanitize: {
      query: async (query: Query, _schema: unknown, options?: { auth?: { ability?: { hides?: string } } }) => {
        calls.sanitize += 1;
        const fields = (query.fields as string[] | undefined)?.filter((field) => field !== options?.auth?.ability?.hides);
        return { ...query, ...(fields ? { fields } : {}), filters: { nested: { ...(query.filters as Query | undefined) } } };
      },
    },
  };
  rememberCheckedQueries({ contentAPI } as unknown as Core.Strapi);
  return { contentAPI, calls };
}

const ARTICLE = { uid: 'api::article.article' };

describe('remembered content-API query checks', () => {
  it('walk a query once per permission set, and hand out copies', async () => {
    const { contentAPI, calls } = contentApiWithCounters();
    const auth = { ability: { hides: 'body' } };
    const query = { fields: ['title', 'body'], sort: 'date:desc', filters: { slug: { eq: 'a' } } };

    await contentAPI.validate.query({ ...query }, ARTICLE, { auth });
    await contentAPI.validate.query({ ...query }, ARTICLE, { auth });
    expect(calls.validate).toBe(1);

    const first = await contentAPI.sanitize.query({ ...query }, ARTICLE, { auth });
    (first.filters as { nested: Query }).nested.injected = true; // a caller changing its copy
    const second = await contentAPI.sanitize.query({ ...query }, ARTICLE, { auth });
    expect(calls.sanitize).toBe(1);
    expect(second).toEqual({ ...query, fields: ['title'], filters: { nested: { slug: { eq: 'a' } } } });
    expect(second).not.toBe(first);
  });

  it('hands a DateTime argument back as a Date of its own, which the database driver can bind', async () => {
    const { contentAPI } = contentApiWithCounters();
    const auth = { ability: {} };
    const now = new Date('2026-11-27T10:00:00.000Z');
    const query = { filters: { startAt: { $gte: now } } };
    await contentAPI.sanitize.query(query, ARTICLE, { auth });
    const again = await contentAPI.sanitize.query(query, ARTICLE, { auth });
    const kept = (again.filters as { nested: { startAt: { $gte: Date } } }).nested.startAt.$gte;
    expect(kept).toBeInstanceOf(Date);
    expect(kept).not.toBe(now);
    expect(kept.getTime()).toBe(now.getTime());
  });

  it('never gives one permission set the answer found for another', async () => {
    const { contentAPI, calls } = contentApiWithCounters();
    const query = { fields: ['title', 'body'] };
    const anonymous = await contentAPI.sanitize.query(query, ARTICLE, { auth: { ability: { hides: 'body' } } });
    const editor = await contentAPI.sanitize.query(query, ARTICLE, { auth: { ability: { hides: 'nothing' } } });
    expect(anonymous.fields).toEqual(['title']);
    expect(editor.fields).toEqual(['title', 'body']);
    expect(calls.sanitize).toBe(2);
  });

  it('checks every time what has no ability, carries a route, differs in type or was refused', async () => {
    const { contentAPI, calls } = contentApiWithCounters();
    const auth = { ability: {} };
    await contentAPI.sanitize.query({ sort: 'date:desc' }, ARTICLE, { auth: {} });
    await contentAPI.sanitize.query({ sort: 'date:desc' }, ARTICLE, { auth: {} });
    expect(calls.sanitize).toBe(2);
    await contentAPI.sanitize.query({ sort: 'date:desc' }, ARTICLE, { auth, route: { path: '/articles' } } as never);
    await contentAPI.sanitize.query({ sort: 'date:desc' }, ARTICLE, { auth, route: { path: '/articles' } } as never);
    expect(calls.sanitize).toBe(4);
    await contentAPI.sanitize.query({ sort: 'date:desc' }, ARTICLE, { auth });
    await contentAPI.sanitize.query({ sort: 'date:desc' }, { uid: 'api::event.event' }, { auth });
    expect(calls.sanitize).toBe(6);
    await expect(contentAPI.validate.query({ sort: 'secret:asc' }, ARTICLE, { auth })).rejects.toThrow('Invalid key secret');
    await expect(contentAPI.validate.query({ sort: 'secret:asc' }, ARTICLE, { auth })).rejects.toThrow('Invalid key secret');
    expect(calls.validate).toBe(2);
    // A key left undefined is a different query from one without it.
    await contentAPI.validate.query({ sort: undefined }, ARTICLE, { auth });
    await contentAPI.validate.query({}, ARTICLE, { auth });
    expect(calls.validate).toBe(4);
  });
});
