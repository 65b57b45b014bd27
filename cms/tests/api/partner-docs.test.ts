import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql, startStrapi, stopStrapi } from '../helpers/strapi';

/**
 * docs/partner-api.md promises copy-paste queries: each ```graphql block of the document, with the
 * ```json variables block after it, is sent to the seeded CMS as a partner would (anonymous POST
 * /graphql) and must answer data, no error. The document cannot drift from the API.
 */
const doc = readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'partner-api.md'), 'utf8');

type DocQuery = { name: string; query: string; variables: Record<string, unknown> };

function documentedQueries(): DocQuery[] {
  const blocks = [...doc.matchAll(/```(graphql|json variables)\n([\s\S]*?)```/g)];
  const queries: DocQuery[] = [];
  blocks.forEach((block, index) => {
    if (block[1] !== 'graphql') return;
    const next = blocks[index + 1];
    const variables = next?.[1] === 'json variables' ? (JSON.parse(next[2]!) as Record<string, unknown>) : {};
    // "now" stands for the current instant (the doc tells partners to send it).
    for (const [key, value] of Object.entries(variables)) if (value === 'now') variables[key] = new Date().toISOString();
    queries.push({ name: /query (\w+)/.exec(block[2]!)?.[1] ?? `query ${queries.length + 1}`, query: block[2]!, variables });
  });
  return queries;
}

beforeAll(startStrapi);
afterAll(stopStrapi);

describe('the queries of docs/partner-api.md', () => {
  const queries = documentedQueries();

  it('are the seven the issue asks for', () => {
    expect(queries.map((q) => q.name)).toEqual(['LatestArticles', 'ArticlesOfCategory', 'ArticlesOfAssociation', 'UpcomingEvents', 'IntellectualsOfRound', 'ArticleBySlug', 'Search']);
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s answers data for an anonymous partner', async (_name, { query, variables }) => {
    const { data, errors } = await graphql(query, variables);
    expect(errors).toBeUndefined();
    const [list] = Object.values(data!);
    const items = Array.isArray(list) ? list : (list as { hits: unknown[] }).hits;
    expect(items.length).toBeGreaterThan(0);
  });

  it('gives the article its body as blocks, and the round its intellectuals only', async () => {
    const byName = Object.fromEntries(queries.map((q) => [q.name, q]));
    const article = await graphql(byName.ArticleBySlug!.query, byName.ArticleBySlug!.variables);
    const body = (article.data!.articles as Array<{ body: Array<{ type: string }> }>)[0]!.body;
    expect(body.length).toBeGreaterThan(0);
    expect(body[0]!.type).toBe('paragraph');
    const round = await graphql(byName.IntellectualsOfRound!.query, byName.IntellectualsOfRound!.variables);
    for (const person of round.data!.honoredIntellectuals as Array<{ honoringRound: number }>) expect(person.honoringRound).toBe(1);
  });
});
