import type { Core } from '@strapi/strapi';

/**
 * The CMS's log level, STRAPI_LOG_LEVEL (`error`, `warn`, `info`, `http`; Strapi's default `http`
 * logs a line for every request). The throw-away CMS of the tests, the browser tests and the
 * benchmark run at `warn`: a line written per request is work the measured server would not do
 * behind a proxy that keeps its own access log.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});
