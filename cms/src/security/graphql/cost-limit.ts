import {
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  type ValidationRule,
} from 'graphql';
import { type IntrospectionSizes, introspectionSizes } from './introspection-sizes';
import { requestedListSize, type Variables } from './pagination-arguments';
import { GraphqlRefusal } from './refusal';

export type CostSettings = {
  maxCost: number;
  /** What a list costs when the query gives no page size (the plugin's defaultLimit). */
  defaultListSize: number;
  /** Sizes above this are refused by the page-size rule; here they count as this. */
  maxListSize: number;
  /** Sizes of the introspection lists (`__schema { types { fields … } }`), for weighing introspection. */
  introspection?: IntrospectionSizes;
};

/**
 * What an operation may cost the server: every field counts 1 for each row it is read for, so a
 * field inside a list of 100 inside a list of 10 counts 1,000. A list's size is its
 * `pagination.limit`/`pageSize` or plain `pageSize`/`limit` argument (literal or variable), else the
 * default limit; a field returning a page object (`*_connection`, `search`) hands its size to its
 * list. Counting stops as soon as the budget is exceeded, so even a hostile document costs little to
 * measure. (graphql-armor's cost-limit ignores list sizes.)
 */
export function operationCost(
  selectionSet: SelectionSetNode,
  rootType: GraphQLNamedType,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  typeOf: (name: string) => GraphQLNamedType | undefined,
  variables: Variables,
  settings: CostSettings,
): number {
  let total = 0;
  const listSize = (size: number | undefined) => Math.min(Math.max(size ?? settings.defaultListSize, 1), settings.maxListSize);

  const fieldOf = (parentType: GraphQLNamedType, name: string) => {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  };

  /** `ofTypeDepth`: how many `ofType` deep inside a type reference (see IntrospectionSizes.ofTypeShare). */
  const visit = (
    selections: SelectionSetNode,
    parentType: GraphQLNamedType | undefined,
    multiplier: number,
    connectionSize: number | undefined,
    spreading: ReadonlySet<string>,
    ofTypeDepth = 0,
  ) => {
    for (const selection of selections.selections) {
      if (total > settings.maxCost) return;
      if (selection.kind === Kind.FIELD) {
        total += multiplier;
        if (!selection.selectionSet || !parentType) continue;
        const name = selection.name.value;
        const field = fieldOf(parentType, name);
        if (!field) continue;
        const introspected = parentType.name.startsWith('__') || name.startsWith('__');
        if (introspected) {
          // Introspection lists have the schema's sizes, never a page size.
          const nextOfTypeDepth = name === 'ofType' ? ofTypeDepth + 1 : 0;
          const share = name === 'ofType' ? (settings.introspection?.ofTypeShare[nextOfTypeDepth] ?? (settings.introspection ? 0 : 1)) : 1;
          if (share === 0) continue;
          const listRows = settings.introspection?.lists.get(`${parentType.name}.${name}`) ?? settings.defaultListSize;
          const size = (isListType(getNullableType(field.type)) ? listRows : 1) * share;
          visit(selection.selectionSet, getNamedType(field.type), multiplier * size, undefined, spreading, nextOfTypeDepth);
          continue;
        }
        const ownSize = requestedListSize(selection, variables);
        if (isListType(getNullableType(field.type))) {
          visit(selection.selectionSet, getNamedType(field.type), multiplier * listSize(ownSize ?? connectionSize), undefined, spreading);
        } else {
          visit(selection.selectionSet, getNamedType(field.type), multiplier, ownSize, spreading);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeOf(selection.typeCondition.name.value) : parentType;
        visit(selection.selectionSet, type, multiplier, connectionSize, spreading, ofTypeDepth);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spreading.has(name)) continue;
        visit(fragment.selectionSet, typeOf(fragment.typeCondition.name.value), multiplier, connectionSize, new Set([...spreading, name]), ofTypeDepth);
      }
    }
  };

  visit(selectionSet, rootType, 1, undefined, new Set());
  return total;
}

/** Refuses operations whose cost (see operationCost) is over the budget. */
export function costLimitRule(settings: CostSettings, variables: Variables): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const rootType = schema.getRootType(operation.operation);
        if (!rootType) return;
        const cost = operationCost(operation.selectionSet, rootType, fragments, (name) => schema.getType(name) ?? undefined, variables, {
          ...settings,
          introspection: introspectionSizes(schema),
        });
        if (cost > settings.maxCost) {
          context.reportError(
            new GraphqlRefusal(
              'COST_LIMIT',
              `Truy vấn đọc quá nhiều dữ liệu (chi phí vượt ${settings.maxCost}; mỗi trường tính một lần cho mỗi bản ghi được đọc). Hãy giảm số trường, bí danh hoặc kích thước trang. The query reads too much data (cost over ${settings.maxCost}; each field counts once per row read). Ask for fewer fields, aliases or a smaller page size.`,
            ),
          );
        }
      },
    };
  };
}
