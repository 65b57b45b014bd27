// Nuxt 4 site of the portal. Rendered on the server from the CMS's GraphQL API.
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
    },
  },
  css: ['~/assets/css/main.css'],
  runtimeConfig: {
    // Server side: where Nitro reaches the CMS (inside Docker: http://cms:1337).
    cmsUrl: 'http://127.0.0.1:1337',
    public: {
      // Browser side: the CMS address visitors' browsers use for GraphQL and images.
      cmsPublicUrl: 'http://localhost:1337',
    },
  },
  routeRules: {
    '/': { swr: 60 },
  },
  typescript: { strict: true, typeCheck: false },
  nitro: { compressPublicAssets: true },
});
