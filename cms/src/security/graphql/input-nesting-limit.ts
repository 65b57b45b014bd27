import { Kind, type ValidationRule, type ValueNode } from 'graphql';
import { jsonDepth } from '../json-depth';
import type { Variables } from './pagination-arguments';
import { GraphqlRefusal } from './refusal';

/** Object levels in a literal argument (lists add none); stops counting once past `max`. */
function literalDepth(node: ValueNode, max: number): number {
  if (node.kind === Kind.LIST) return Math.max(0, ...node.values.map((value) => literalDepth(value, max)));
  if (node.kind !== Kind.OBJECT) return 0;
  if (max < 0) return 1;
  return 1 + Math.max(0, ...node.fields.map((field) => literalDepth(field.value, max - 1)));
}

const refusal = (max: number) =>
  new GraphqlRefusal(
    'FILTER_NESTING_LIMIT',
    `Tham số lồng nhau quá ${max} cấp (ví dụ filters với not/and/or lồng nhau). An argument is nested deeper than ${max} levels (e.g. filters with nested not/and/or).`,
  );

/**
 * Refuses arguments nested deeper than `max` objects, whether written in the query
 * (`filters: { not: { not: … } }`) or sent as variables: deep filters become deep SQL.
 */
export function inputNestingLimitRule(max: number, variables: Variables): ValidationRule {
  return (context) => ({
    Document() {
      if (Object.values(variables).some((value) => jsonDepth(value, max) > max)) context.reportError(refusal(max));
    },
    Argument(node) {
      if (literalDepth(node.value, max) > max) context.reportError(refusal(max));
    },
  });
}
