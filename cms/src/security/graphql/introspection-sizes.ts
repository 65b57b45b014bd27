import { type GraphQLSchema, type GraphQLType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isUnionType } from 'graphql';

/**
 * How many rows each introspection list holds for this schema, so introspection is weighed like any
 * other list: `__Schema.types` is the number of types, `__Type.fields` the average number of fields a
 * type has (so `types { fields }` weighs the total number of fields), and so on. `ofTypeShare[k]` is
 * the share of type references wrapped at least k times (`[Article]!` is 2): `ofType` k levels deep is
 * null for the others, and the fields below it are never resolved.
 */
export type IntrospectionSizes = { lists: ReadonlyMap<string, number>; ofTypeShare: readonly number[] };

const cache = new WeakMap<GraphQLSchema, IntrospectionSizes>();

function wrapping(type: GraphQLType): number {
  let depth = 0;
  let current: GraphQLType = type;
  while (isNonNullType(current) || isListType(current)) {
    depth += 1;
    current = current.ofType;
  }
  return depth;
}

export function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  const cached = cache.get(schema);
  if (cached) return cached;
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let args = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  const wrappings: number[] = [];
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const typeFields = Object.values(type.getFields());
      fields += typeFields.length;
      interfaces += type.getInterfaces().length;
      for (const field of typeFields) {
        args += field.args.length;
        wrappings.push(wrapping(field.type), ...field.args.map((arg) => wrapping(arg.type)));
      }
    }
    if (isInputObjectType(type)) {
      const typeFields = Object.values(type.getFields());
      inputFields += typeFields.length;
      for (const field of typeFields) wrappings.push(wrapping(field.type));
    }
    if (isEnumType(type)) enumValues += type.getValues().length;
    if (isUnionType(type)) possibleTypes += type.getTypes().length;
  }
  const perType = (total: number) => total / Math.max(types.length, 1);
  const deepest = Math.max(0, ...wrappings);
  const ofTypeShare = Array.from({ length: deepest + 1 }, (_, level) => wrappings.filter((depth) => depth >= level).length / Math.max(wrappings.length, 1));
  const directives = schema.getDirectives();
  const sizes: IntrospectionSizes = {
    lists: new Map([
      ['__Schema.types', types.length],
      ['__Schema.directives', directives.length],
      ['__Type.fields', perType(fields)],
      ['__Type.inputFields', perType(inputFields)],
      ['__Type.enumValues', perType(enumValues)],
      ['__Type.interfaces', perType(interfaces)],
      ['__Type.possibleTypes', perType(possibleTypes)],
      ['__Field.args', args / Math.max(fields, 1)],
      ['__Directive.args', directives.reduce((sum, directive) => sum + directive.args.length, 0) / Math.max(directives.length, 1)],
      ['__Directive.locations', 4],
    ]),
    ofTypeShare,
  };
  cache.set(schema, sizes);
  return sizes;
}
