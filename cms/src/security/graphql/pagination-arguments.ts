import { Kind, type FieldNode, type ValueNode } from 'graphql';

export type Variables = Record<string, unknown>;

/** An Int written in the query or passed as a variable; undefined when absent or not an integer. */
export function integerValue(node: ValueNode | undefined, variables: Variables): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
  }
  return undefined;
}

/** The `limit` and `pageSize` a field asks for through its `pagination` argument, literal or variable. */
export function requestedPageSizes(field: FieldNode, variables: Variables): Array<{ key: 'limit' | 'pageSize'; value: number }> {
  const argument = field.arguments?.find((candidate) => candidate.name.value === 'pagination');
  if (!argument) return [];
  const sizes: Array<{ key: 'limit' | 'pageSize'; value: number }> = [];
  const keys = ['limit', 'pageSize'] as const;
  if (argument.value.kind === Kind.OBJECT) {
    for (const entry of argument.value.fields) {
      const key = keys.find((candidate) => candidate === entry.name.value);
      const value = integerValue(entry.value, variables);
      if (key && value !== undefined) sizes.push({ key, value });
    }
  } else if (argument.value.kind === Kind.VARIABLE) {
    const pagination = variables[argument.value.name.value];
    if (pagination && typeof pagination === 'object') {
      for (const key of keys) {
        const value = (pagination as Record<string, unknown>)[key];
        if (typeof value === 'number' && Number.isInteger(value)) sizes.push({ key, value });
      }
    }
  }
  return sizes;
}

/**
 * The page size a field asks for, for weighing it: `pagination.limit`/`pageSize`, or a plain
 * `pageSize`/`limit` argument as custom queries have (`search(query, pageSize)`).
 */
export function requestedListSize(field: FieldNode, variables: Variables): number | undefined {
  const sizes = requestedPageSizes(field, variables).map((entry) => entry.value);
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'pageSize' && argument.name.value !== 'limit') continue;
    const value = integerValue(argument.value, variables);
    if (value !== undefined) sizes.push(value);
  }
  return sizes.length > 0 ? Math.max(...sizes) : undefined;
}
