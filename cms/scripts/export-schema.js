#!/usr/bin/env node
// `pnpm --filter cms schema`: writes the public GraphQL schema to cms/schema.graphql (committed).
// The web app generates its typed operations from this file; a test fails when it is out of date.
const path = require('node:path');
const { writeFileSync } = require('node:fs');
const { bootStrapi } = require('./boot');

(async () => {
  const { strapi } = await bootStrapi();
  try {
    const { printSchema } = require('graphql');
    const schema = strapi.plugin('graphql').service('content-api').buildSchema();
    const target = path.join(__dirname, '..', 'schema.graphql');
    writeFileSync(target, `${printSchema(schema)}\n`);
    console.log(`[schema] wrote ${path.relative(process.cwd(), target)}`);
  } finally {
    await strapi.destroy();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
