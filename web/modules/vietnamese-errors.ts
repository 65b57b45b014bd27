import { createResolver, defineNuxtModule } from 'nuxt/kit';

/**
 * Puts server/json-errors.ts after Nuxt's error handler: browsers keep getting the error page
 * (app/error.vue), every other client a JSON answer in Vietnamese instead of Nitro's English one.
 * (Setting `nitro.errorHandler` in nuxt.config would replace Nuxt's handler, and with it the page.)
 */
export default defineNuxtModule({
  meta: { name: 'vietnamese-errors' },
  setup(_options, nuxt) {
    const handler = createResolver(import.meta.url).resolve('../server/json-errors');
    nuxt.hook('nitro:config', (config) => {
      const handlers = config.errorHandler === undefined ? [] : [config.errorHandler].flat();
      config.errorHandler = [...handlers, handler];
    });
  },
});
