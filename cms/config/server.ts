import type { Core } from '@strapi/strapi';
import cronTasks from './cron-tasks';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy (IS_PROXIED=true) the client's address is the LAST X-Forwarded-For entry,
  // the one the proxy appended (one proxy hop; PROXY_HOPS for more): entries a client wrote itself
  // never count, so nobody gets a fresh rate-limit budget by forging the header. Strapi 5 reads
  // `proxy.koa` (a bare boolean here would be ignored).
  proxy: { koa: env.bool('IS_PROXIED', false), maxIpsCount: env.int('PROXY_HOPS', 1) },
  app: {
    keys: env.array('APP_KEYS'),
  },
  // Scheduled publish and unpublish (src/scheduling) tick here; every process may tick, each job runs once.
  cron: { enabled: true, tasks: cronTasks({ env }) },
  // No calls home: this machine (and many offices) cannot reach the update server.
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) },
  },
});
