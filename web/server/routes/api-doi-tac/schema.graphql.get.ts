// The schema the CMS commits (cms/schema.graphql, checked against the running CMS by
// cms/tests/api/schema.test.ts), built into the site: the contract partners code against.
import schema from 'raw:../../../../cms/schema.graphql';

/**
 * The partner API's schema as SDL at a stable URL (docs/partner-api.md). Its changes are listed in
 * docs/schema-changelog.md; cms/tests/unit/schema-changelog.test.ts fails on a breaking one not listed.
 */
export default defineEventHandler((event) => {
  setWidgetHeaders(event, 'text/plain; charset=utf-8');
  return schema;
});
