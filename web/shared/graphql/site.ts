import { graphql } from './generated';

export const SiteSettingsQuery = graphql(`
  query SiteSettings {
    global {
      siteName
      shortName
      tagline
      footerText
      logo { url width height }
      banner { url width height formats }
      contact { address phone email website }
      socialLinks { platform url }
      defaultSeo { metaTitle metaDescription }
    }
    categories(sort: ["order:asc", "name:asc"], pagination: { limit: 50 }) {
      name
      slug
    }
  }
`);
