// A second CMS process on the same database as a test file's own (in-process) one: the compiled app
// (dist/) booted by a separate Node process, as a second server of the same site would be. Driven by
// its parent over IPC: { type: 'tick' } runs one scheduler tick here and answers its result;
// { type: 'stop' } shuts it down. Sends { type: 'ready', cronJobs } once booted.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.join(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

(async () => {
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'error';
  const { runDueSchedules } = require(path.join(distDir, 'src', 'scheduling'));
  process.on('message', async (message) => {
    try {
      if (message.type === 'tick') process.send({ type: 'ticked', id: message.id, run: await runDueSchedules(strapi) });
      if (message.type === 'stop') {
        await strapi.destroy();
        process.send({ type: 'stopped', id: message.id }, () => process.exit(0));
      }
    } catch (error) {
      process.send({ type: 'failed', id: message.id, message: String(error && error.stack ? error.stack : error) });
    }
  });
  const cronJobs = strapi.cron.jobs.map(({ name, options, job }) => ({ name, options, nextRun: job.nextInvocation()?.toISOString() ?? null }));
  process.send({ type: 'ready', cronJobs });
})().catch((error) => {
  console.error('[second CMS] could not start:', error);
  process.exit(1);
});
