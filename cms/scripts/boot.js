// Boots the compiled Strapi app in this process (no HTTP server, no admin panel) for one-off jobs
// such as the seed and the schema export. Compiles the TypeScript sources first.
// CommonJS on purpose: @strapi/strapi's ESM build cannot be imported on Node 20.
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function bootStrapi() {
  process.env.STRAPI_STARTUP_BANNER ??= 'false';
  // One-off jobs seed explicitly (or not at all), never as a side effect of booting.
  process.env.SEED_DEMO_CONTENT = 'false';
  // …nor publish on schedule: the CMS servers' own cron does that (src/scheduling).
  process.env.SCHEDULER_ENABLED = 'false';
  const appContext = await compileStrapi();
  const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = process.env.STRAPI_LOG_LEVEL ?? 'warn';
  return { strapi, distDir: appContext.distDir };
}

module.exports = { bootStrapi };
