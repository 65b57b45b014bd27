import type { Core } from '@strapi/strapi';
import { graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;

beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

const PERMISSION = 'plugin::users-permissions.permission';
const EVENTS_FIND = 'api::event.event.find';

async function publicRoleId(): Promise<number> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as { id: number };
  return role.id;
}

/**
 * What anonymous visitors may read is Strapi's Public role. The CMS keeps the permission check it
 * builds from it between requests (src/security/public-ability.ts); a change staff make is
 * nevertheless the rule for the very next request.
 */
describe('the Public role changes', () => {
  it('takes a permission away from anonymous readers at once, and gives it back at once', async () => {
    const before = await graphql('{ events(pagination: { limit: 1 }) { title } }');
    expect(before.errors).toBeUndefined();
    expect((await http().get('/api/events?pagination[pageSize]=1')).status).toBe(200);

    const role = await publicRoleId();
    const permission = (await strapi.db.query(PERMISSION).findOne({ where: { action: EVENTS_FIND, role: role } })) as { id: number } | null;
    expect(permission).not.toBeNull();
    await strapi.db.query(PERMISSION).delete({ where: { id: permission!.id } });
    try {
      const refused = await graphql('{ events(pagination: { limit: 1 }) { title } }');
      expect(refused.data?.events ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // A URL not asked before: the first one's answer may be kept for its max-age (src/http-cache).
      expect((await http().get('/api/events?pagination[pageSize]=2')).status).toBe(403);
      // What the Public role still has is still allowed.
      const articles = await graphql('{ articles(pagination: { limit: 1 }) { title } }');
      expect(articles.errors).toBeUndefined();
    } finally {
      await strapi.db.query(PERMISSION).create({ data: { action: EVENTS_FIND, role } });
    }
    const after = await graphql('{ events(pagination: { limit: 1 }) { title } }');
    expect(after.errors).toBeUndefined();
    expect((after.data!.events as unknown[]).length).toBe(1);
  });

  it('never lends the anonymous answer to a request that carries a credential', async () => {
    const anonymous = await graphql('{ articles(pagination: { limit: 1 }) { title } }');
    expect(anonymous.errors).toBeUndefined();
    const forged = await graphql('{ articles(pagination: { limit: 1 }) { title } }', undefined, 'not-a-token');
    expect(forged.status).toBe(401);
    expect(forged.data?.articles ?? null).toBeNull();
  });
});
