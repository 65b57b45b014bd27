import { graphql } from './generated';

/**
 * The news widget's data (server/routes/widget/tin-moi.json.get.ts): the latest published articles,
 * of one association and/or one category when asked, with the names of that association and
 * category (an unknown slug is then a 404, not an empty widget).
 */
export const WidgetArticlesQuery = graphql(`
  query WidgetArticles($filters: ArticleFiltersInput!, $limit: Int!, $association: String!, $withAssociation: Boolean!, $category: String!, $withCategory: Boolean!) {
    articles(filters: $filters, sort: ["date:desc"], pagination: { limit: $limit }) {
      title
      slug
      date
      cover { url formats }
    }
    associations(filters: { slug: { eq: $association } }, pagination: { limit: 1 }) @include(if: $withAssociation) { name slug }
    categories(filters: { slug: { eq: $category } }, pagination: { limit: 1 }) @include(if: $withCategory) { name slug }
  }
`);
