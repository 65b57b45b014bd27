import type { ValidationRule } from 'graphql';
import { REFUSED_LIMITS } from './own-page-sizes';
import { integerValue, type Variables } from './pagination-arguments';
import { GraphqlRefusal } from './refusal';

/**
 * Refuses a custom query's own `limit` outside its bounds (REFUSED_LIMITS), literal or variable, with
 * a 400 before anything runs: `mostReadArticles(limit: 1000)` learns at once that lists stop at 20.
 */
export function ownLimitRule(variables: Variables): ValidationRule {
  return (context) => ({
    Field(node) {
      const parent = context.getParentType();
      const bounds = parent ? REFUSED_LIMITS.get(`${parent.name}.${node.name.value}`) : undefined;
      if (!bounds) return;
      const argument = node.arguments?.find((candidate) => candidate.name.value === bounds.argument);
      const value = integerValue(argument?.value, variables);
      if (value !== undefined && (value < bounds.min || value > bounds.max)) context.reportError(new GraphqlRefusal('PAGE_SIZE_LIMIT', bounds.message));
    },
  });
}
