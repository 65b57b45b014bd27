import { type ValidationRule, valueFromASTUntyped } from 'graphql';
import { SORT_FIELD_MESSAGE, sortLimitMessage, sortRefusalReason } from '../sort-limit';
import type { Variables } from './pagination-arguments';
import { GraphqlRefusal } from './refusal';

/**
 * Refuses a `sort` argument (on a query or on a relation field, literal or from variables) naming more
 * than `max` fields or a field through a relation (see ../sort-limit.ts).
 */
export function sortLimitRule(max: number, variables: Variables): ValidationRule {
  return (context) => ({
    Argument(node) {
      if (node.name.value !== 'sort') return;
      const reason = sortRefusalReason(valueFromASTUntyped(node.value, variables), max);
      if (reason === 'SORT_LIMIT') context.reportError(new GraphqlRefusal('SORT_LIMIT', sortLimitMessage(max)));
      if (reason === 'SORT_FIELD') context.reportError(new GraphqlRefusal('SORT_FIELD', SORT_FIELD_MESSAGE));
    },
  });
}
