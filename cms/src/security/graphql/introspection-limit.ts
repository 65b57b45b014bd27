import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import { GraphqlRefusal } from './refusal';

/**
 * Introspection is allowed (partners generate their clients from it) but bounded like any query: its
 * lists are weighed in the cost (cost-limit.ts), one operation may read `__schema` only once (aliases
 * included), and introspection selections may nest at most `maxDepth` levels, enough for the
 * standard introspection query (graphql-js getIntrospectionQuery, 15 levels with its `ofType` chain).
 */
export const oneSchemaReadRule: ValidationRule = (context) => {
  let schemaReads = 0;
  return {
    Field(node) {
      if (node.name.value !== '__schema') return;
      schemaReads += 1;
      if (schemaReads === 2) {
        context.reportError(
          new GraphqlRefusal('INTROSPECTION_LIMIT', 'Một truy vấn chỉ được đọc __schema một lần. An operation may read __schema only once.'),
        );
      }
    },
  };
};

/** See oneSchemaReadRule: the depth of introspection selections, which the ordinary depth limit skips. */
export function introspectionDepthRule(maxDepth: number): ValidationRule {
  return maxDepthRule({
    n: maxDepth,
    ignoreIntrospection: false,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphqlRefusal('DEPTH_LIMIT', `Truy vấn introspection lồng sâu quá ${maxDepth} cấp. The introspection query is nested deeper than ${maxDepth} levels.`),
        ),
    ],
  });
}
