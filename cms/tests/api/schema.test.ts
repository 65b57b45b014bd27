import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { startStrapi, stopStrapi } from '../helpers/strapi';

beforeAll(startStrapi);
afterAll(stopStrapi);

it('the committed cms/schema.graphql matches the running schema (run `pnpm --filter cms schema` after a model change)', async () => {
  const strapi = await startStrapi();
  const live = `${printSchema(strapi.plugin('graphql').service('content-api').buildSchema())}\n`;
  const committed = readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
  expect(committed).toBe(live);
});
