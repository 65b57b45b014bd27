import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationRule } from 'graphql';
import { GraphqlRefusal } from './refusal';

/** Refuses operations with more than `max` directives (@include/@skip repeated to burn CPU). */
export function directiveLimitRule(max: number): ValidationRule {
  return maxDirectivesRule({
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          new GraphqlRefusal('DIRECTIVE_LIMIT', `Truy vấn dùng quá ${max} chỉ thị (directive). The query uses more than ${max} directives.`),
        ),
    ],
  });
}
