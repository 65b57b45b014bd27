import type { ValidationRule } from 'graphql';
import { requestedPageSizes, type Variables } from './pagination-arguments';
import { GraphqlRefusal } from './refusal';

/**
 * Refuses `pagination: { limit }` or `{ pageSize }` above `max` (or below 0) instead of Strapi's silent
 * clamp: a partner asking for 1,000 learns at once that pages stop at 100.
 */
export function pageSizeLimitRule(max: number, variables: Variables): ValidationRule {
  return (context) => ({
    Field(node) {
      for (const { key, value } of requestedPageSizes(node, variables)) {
        if (value > max || value < 0) {
          context.reportError(
            new GraphqlRefusal(
              'PAGE_SIZE_LIMIT',
              `pagination.${key} phải từ 0 đến ${max} (nhận ${value}). pagination.${key} must be between 0 and ${max} (got ${value}).`,
            ),
          );
        }
      }
    },
  });
}
