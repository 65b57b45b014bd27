import { Kind, type ValidationRule, type ValueNode } from 'graphql';
import { jsonDepth, nestingDepth } from '../json-depth';
import type { Variables } from './pagination-arguments';
import { GraphqlRefusal } from './refusal';

/** Object and list levels in a literal argument, as jsonDepth counts a variable's value. */
function literalDepth(node: ValueNode, max: number): number {
  return nestingDepth(node, max, (value) => {
    if (value.kind === Kind.LIST) return value.values;
    if (value.kind === Kind.OBJECT) return value.fields.map((field) => field.value);
    return undefined;
  });
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
    VariableDefinition(node) {
      if (node.defaultValue && literalDepth(node.defaultValue, max) > max) context.reportError(refusal(max));
    },
  });
}
