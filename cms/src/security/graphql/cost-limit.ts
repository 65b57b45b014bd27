import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
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
import { OWN_PAGE_SIZES } from './own-page-sizes';
import { requestedListSize, type Variables } from './pagination-arguments';
import { GraphqlRefusal } from './refusal';

export type CostSettings = {
  maxCost: number;
  /** What a list costs when the query gives no page size (the plugin's defaultLimit). */
  defaultListSize: number;
  /** Sizes above this are refused by the page-size rule; here they count as this (fields in OWN_PAGE_SIZES: as their own maximum). */
  maxListSize: number;
  /** Sizes of the introspection lists (`__schema { types { fields … } }`), for weighing introspection. */
  introspection?: IntrospectionSizes;
};

/**
 * Items of a list of scalars (`sitemapEntries { slugs updatedAt }`) that count as one field read:
 * they are serialised in one pass, with no resolver per item. Measured on the 2-core machine with
 * 10,000 articles: 20,000 such items (10,000 slugs and dates, SQL included) take ~45 ms, 2,000 fields
 * of 100 articles with their relations ~150 ms; 50,000 slugs and dates ~200 ms.
 */
export const SCALAR_LIST_ITEMS_PER_UNIT = 10;

/**
 * What an operation may cost the server: every field counts 1 for each row it is read for, so a
 * field inside a list of 100 inside a list of 10 counts 1,000; a list of scalars counts one per
 * SCALAR_LIST_ITEMS_PER_UNIT items. A list's size is its `pagination.limit`/`pageSize` or plain
 * `pageSize`/`limit` argument (literal, variable or the argument's declared default), else the
 * default limit; a field returning a page object (`*_connection`, `search`, `sitemapEntries`) hands
 * its size to its lists. Counting stops as soon as the budget is exceeded, so even a hostile
 * document costs little to measure. (graphql-armor's cost-limit ignores list sizes.)
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
  const listSize = (size: number | undefined) => Math.max(size ?? settings.defaultListSize, 1);
  /** The rows a field asks for, as its resolver will read them: at most the plugin's maxLimit, or the field's own maximum. */
  const sizeAsked = (parentType: GraphQLNamedType, field: GraphQLField<unknown, unknown>, selection: FieldNode): number | undefined => {
    const declared = field.args.find((argument) => argument.name === 'pageSize' || argument.name === 'limit')?.defaultValue;
    const size = requestedListSize(selection, variables) ?? (typeof declared === 'number' ? declared : undefined);
    return size === undefined ? undefined : Math.min(size, OWN_PAGE_SIZES.get(`${parentType.name}.${field.name}`) ?? settings.maxListSize);
  };

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
        const name = selection.name.value;
        const field = parentType ? fieldOf(parentType, name) : undefined;
        if (!selection.selectionSet) {
          const scalarList = field !== undefined && isListType(getNullableType(field.type)) && !parentType!.name.startsWith('__');
          total += scalarList ? multiplier * Math.ceil(listSize(connectionSize) / SCALAR_LIST_ITEMS_PER_UNIT) : multiplier;
          continue;
        }
        total += multiplier;
        if (!field || !parentType) continue;
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
        const ownSize = sizeAsked(parentType, field as GraphQLField<unknown, unknown>, selection);
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
