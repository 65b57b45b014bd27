// The script's source, as written (web/widget/tin-moi.js): a few kilobytes, no build step, no framework.
import widgetSource from 'raw:../../../widget/tin-moi.js';

/**
 * The news widget partners embed with one script tag (docs/partner-api.md). Its URL is stable, so
 * it is cached briefly and revalidated by ETag (the page cache); it runs on the partner's page.
 */
export default defineEventHandler((event) => {
  setWidgetHeaders(event, 'text/javascript; charset=utf-8');
  return widgetSource;
});
