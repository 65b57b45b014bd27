import type { GraphQLSchema } from 'graphql';

let schema: GraphQLSchema | undefined;

/** The schema Apollo serves, as the GraphQL guard needs it to weigh lists; undefined until Apollo started. */
export const capturedSchema = (): GraphQLSchema | undefined => schema;

/** An Apollo plugin handing the served schema to the guard when the server starts. */
export const captureSchemaPlugin = {
  async serverWillStart(service: { schema: GraphQLSchema }): Promise<void> {
    schema = service.schema;
  },
};
