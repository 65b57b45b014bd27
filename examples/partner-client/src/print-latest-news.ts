/**
 * A partner site's client of the portal's GraphQL API (docs/partner-api.md), with @apollo/client's
 * core API (no React): prints the latest published news, one line each, as
 * `dd/mm/yyyy  Title  https://<site>/tin-tuc/<slug>`.
 *
 *   CMS_URL=http://localhost:1337/graphql SITE_URL=http://localhost:3000 pnpm --filter partner-client start
 *
 * It is also run against a started portal by web/tests/e2e/widget.e2e.test.ts.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';

type LatestArticles = { articles: Array<{ title: string; slug: string; date: string | null; category: { name: string } | null } | null> };
type LatestArticlesVariables = { limit: number };

/** Query 4.1 of docs/partner-api.md, the fields this program prints. */
const LATEST_ARTICLES: TypedDocumentNode<LatestArticles, LatestArticlesVariables> = gql`
  query LatestArticles($limit: Int = 10) {
    articles(sort: "date:desc", pagination: { limit: $limit }) {
      title
      slug
      date
      category { name }
    }
  }
`;

const cmsUrl = process.env.CMS_URL ?? 'http://localhost:1337/graphql';
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const limit = Number(process.env.LIMIT ?? 10);

/** The portal shows dates as dd/mm/yyyy in Vietnam's time zone (UTC+7): so does this program. */
const vietnamDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

const client = new ApolloClient({
  link: new HttpLink({ uri: cmsUrl }),
  cache: new InMemoryCache(),
});

try {
  const { data, error } = await client.query({ query: LATEST_ARTICLES, variables: { limit } });
  if (error || !data) throw error ?? new Error('no data');
  console.log(`Tin mới – Liên hiệp Hội Lào Cai (${cmsUrl})`);
  for (const article of data.articles) {
    if (!article) continue;
    const date = article.date ? vietnamDate.format(new Date(article.date)) : '          ';
    console.log(`${date}  ${article.title}${article.category ? ` [${article.category.name}]` : ''}  ${siteUrl}/tin-tuc/${article.slug}`);
  }
} catch (error) {
  console.error(`Không đọc được tin mới từ ${cmsUrl}. Could not read the latest news from ${cmsUrl}: ${(error as Error).message}`);
  process.exitCode = 1;
}
