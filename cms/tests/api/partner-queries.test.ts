import { graphql, http, startStrapi, stopStrapi } from '../helpers/strapi';

beforeAll(startStrapi);
afterAll(stopStrapi);

describe('what a partner site asks for', () => {
  it('gets the latest 10 articles with cover URL, category and associations, newest first', async () => {
    const { data, errors } = await graphql(`{
      articles(sort: "date:desc", pagination: { limit: 10 }) {
        title slug date summary
        cover { url alternativeText caption width height formats }
        category { name slug }
        associations { name shortName slug }
      }
    }`);
    expect(errors).toBeUndefined();
    const articles = data!.articles as Array<Record<string, any>>;
    expect(articles).toHaveLength(10);
    const dates = articles.map((a) => new Date(a.date).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const article of articles) {
      expect(article.cover.url).toMatch(/^\/uploads\/.+\.jpg$/);
      expect(article.cover.formats.thumbnail.url).toMatch(/^\/uploads\/thumbnail_/);
      expect(article.category.name.length).toBeGreaterThan(0);
      expect(Array.isArray(article.associations)).toBe(true);
    }
    expect(articles.some((a) => a.associations.length > 0)).toBe(true);
    const image = await http().get(articles[0].cover.url);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
  });

  it('follows an association to its articles, events and honored intellectuals', async () => {
    const { data, errors } = await graphql(`{
      associations(pagination: { limit: 100 }) {
        slug name
        articles { slug }
        events { slug startAt }
        honoredIntellectuals { fullName }
        leadership { fullName position }
        contact { email }
      }
    }`);
    expect(errors).toBeUndefined();
    const list = data!.associations as Array<Record<string, any>>;
    expect(list).toHaveLength(18);
    expect(list.some((a) => a.articles.length > 0)).toBe(true);
    expect(list.some((a) => a.events.length > 0)).toBe(true);
    expect(list.some((a) => a.honoredIntellectuals.length > 0)).toBe(true);
    expect(list.every((a) => a.leadership.length > 0)).toBe(true);
  });

  it('lists upcoming events in date order', async () => {
    const now = new Date().toISOString();
    const { data, errors } = await graphql(`query($now: DateTime!) { events(filters: { startAt: { gte: $now } }, sort: "startAt:asc") { title startAt endAt allDay kind venue organisers { shortName } documents { url mime name } } }`, { now });
    expect(errors).toBeUndefined();
    const events = data!.events as Array<Record<string, any>>;
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const event of events) expect(new Date(event.startAt).getTime()).toBeGreaterThanOrEqual(new Date(now).getTime());
  });

  it('groups honored intellectuals by round and year', async () => {
    const { data } = await graphql('{ honoredIntellectuals(pagination: { limit: 100 }, sort: ["honoringRound:asc", "fullName:asc"]) { fullName honoringRound honoringYear academicTitle degree portrait { url } } }');
    const rounds = new Set((data!.honoredIntellectuals as Array<{ honoringRound: number }>).map((p) => p.honoringRound));
    expect(rounds).toEqual(new Set([1, 2]));
  });

  it('reads article bodies as structured rich text, not HTML', async () => {
    const { data } = await graphql('{ articles(pagination: { limit: 5 }) { body } }');
    for (const article of data!.articles as Array<{ body: Array<{ type: string }> }>) {
      expect(Array.isArray(article.body)).toBe(true);
      expect(article.body[0].type).toMatch(/paragraph|heading|list|quote/);
    }
  });
});
