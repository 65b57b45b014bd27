import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import type { ValidationRule } from 'graphql';
import { GraphqlRefusal } from './refusal';

/** Refuses operations with more than `max` aliases (one request fanning out into a thousand queries). */
export function aliasLimitRule(max: number): ValidationRule {
  return maxAliasesRule({
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphqlRefusal('ALIAS_LIMIT', `Truy vấn dùng quá ${max} bí danh (alias). The query uses more than ${max} aliases.`),
        ),
    ],
  });
}
