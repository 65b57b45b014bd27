// Nuxt 4 site of the portal. Rendered on the server from the CMS's GraphQL API.
import { routes } from './shared/routes';
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  devtools: { enabled: false },
  telemetry: false,
  app: {
    head: {
      htmlAttrs: { lang: 'vi' },
      charset: 'utf-8',
      viewport: 'width=device-width, initial-scale=1',
      titleTemplate: '%s · Liên hiệp Hội Lào Cai',
      meta: [{ name: 'description', content: 'Cổng thông tin Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai' }],
      // The news feed, advertised on every page (feed readers and browsers find it here); category
      // pages add their own (pages/tin-tuc/chuyen-muc/[slug].vue).
      link: [{ rel: 'alternate', type: 'application/rss+xml', title: 'Tin tức – Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai', href: routes.newsFeed() }],
    },
  },
  // Components are named by their file (ArticleCard, SiteHeader), not prefixed by their domain folder.
  components: [{ path: '~/components', pathPrefix: false }],
  css: ['~/assets/css/fonts.css', '~/assets/css/main.css', '~/assets/css/forms.css', '~/assets/css/focal-point.css'],
  runtimeConfig: {
    // Server side: where Nitro reaches the CMS (inside Docker: http://cms:1337).
    cmsUrl: 'http://127.0.0.1:1337',
    // Shared with the CMS (NUXT_REVALIDATE_SECRET): its webhook that purges cached pages after a publish
    // sends it, and the site sends it with the visitor's address (visit beacon, contributors' sign-in).
    revalidateSecret: '',
    // true (NUXT_BEHIND_PROXY=true) when a reverse proxy in front of the site sets X-Forwarded-For: the
    // visitor counter and the CMS's sign-in limit then get the visitor's address from it (never trusted
    // otherwise: anyone could forge it; server/utils/visitor.ts).
    behindProxy: false,
    // The page cache (server/plugins/page-cache.ts): its size in MB (NUXT_PAGE_CACHE_MAX_MB); the age after
    // which a page is rendered again in the background while the stored one is still served
    // (NUXT_PAGE_CACHE_MAX_AGE_SECONDS); how long a visitor waits for a render after a purge before
    // getting the previous page (NUXT_PAGE_CACHE_RENDER_TIMEOUT_MS).
    pageCacheMaxMb: 64,
    pageCacheMaxAgeSeconds: 600,
    pageCacheRenderTimeoutMs: 3000,
    // Renders running at once (NUXT_PAGE_CACHE_MAX_RENDERS); 64 more may wait, then a miss is a 503 with Retry-After.
    pageCacheMaxRenders: 8,
    // false (NUXT_PAGE_CACHE_ENABLED=false): nothing is stored, every request is a miss (renders stay
    // shared and bounded): to measure misses, as `pnpm bench` does with a second site.
    pageCacheEnabled: true,
    public: {
      // Browser side: the CMS address visitors' browsers use for GraphQL and images.
      cmsPublicUrl: 'http://localhost:1337',
      // The site's own public address, for canonical URLs, feeds and the sitemap.
      siteUrl: 'http://localhost:3000',
      // Where uploaded files are served from when not from the CMS itself (the CMS's UPLOADS_PUBLIC_URL,
      // a host that never shares cookies with /admin): allowed as an image and media source by the CSP.
      mediaPublicUrl: '',
    },
  },
  // Pages, feeds and files are served from the site's own page cache (server/plugins/page-cache.ts):
  // stored compressed under their canonical URL, bounded in bytes, refreshed in the background,
  // purged by a publish in the CMS (server/api/revalidate.post.ts). No Nitro route cache rules. Only
  // the routes listed in shared/utils/cacheable-routes.ts are cached: a new route is not, until listed.

  // Browsers get the server's HTML and no Nuxt/Vue runtime (no hydration, no payload, no client-side
  // routing): links and forms load the next page from the page cache. Decided by measurement (README,
  // "Page weight in the browser"): the client was ~89 KB gzip of JavaScript on every page (75 KB of it
  // Vue, Nuxt and the router, so the article's 60 KB budget was out of reach) and held Lighthouse mobile
  // at 91-97; without it every page loads 1.2 KB and scores 100, the HTML halves, and browsers never
  // query the CMS. What HTML cannot do (home slider, lightbox, copy/print, Esc in menus) is one small
  // script, app/enhancements (modules/enhancements.ts). `nuxt dev` keeps the client for hot reload.
  features: { noScripts: 'production' },
  // Every component uses <script setup>: Vue's Options API is left out of the client bundle (nuxt dev).
  vite: { define: { __VUE_OPTIONS_API__: 'false' } },
  typescript: { strict: true, typeCheck: false },
  nitro: {
    compressPublicAssets: true,
  },
});
