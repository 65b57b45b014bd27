import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { type DocumentNode, type GraphQLSchema, NoFragmentCyclesRule, validate, type ValidationRule } from 'graphql';
import { GraphqlRefusal } from './refusal';

/**
 * Refuses selections nested deeper than `max` (fragments count as their fields, not as a level).
 * Run it only on documents that passed fragmentCycleRule: a cycle has no depth.
 */
export function depthLimitRule(max: number): ValidationRule {
  return maxDepthRule({
    n: max,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphqlRefusal('DEPTH_LIMIT', `Truy vấn lồng sâu quá ${max} cấp. The query is nested deeper than ${max} levels.`),
        ),
    ],
  });
}

/**
 * graphql-js' own check for fragments that spread themselves (directly or through others): it never
 * recurses, so a cycle is a 400 here instead of a stack overflow in any depth count further on.
 */
export function refuseFragmentCycles(schema: GraphQLSchema, document: DocumentNode): GraphqlRefusal | undefined {
  if (validate(schema, document, [NoFragmentCyclesRule]).length === 0) return undefined;
  return new GraphqlRefusal('DEPTH_LIMIT', 'Truy vấn có fragment tự tham chiếu vòng tròn. The query has a fragment that spreads itself in a cycle.');
}
