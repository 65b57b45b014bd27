import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Attribute = { type: string };
type Model = { attributes: Record<string, Attribute> };

/** Attribute types read through their own resolvers (by the parent's id), never from the parent's columns. */
const LOADED_SEPARATELY = new Set(['relation', 'media', 'component', 'dynamiczone']);

function collectFieldNames(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') into.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') collectFieldNames(selection.selectionSet, fragments, into);
    else collectFieldNames(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
}

/** The field names asked for on the entities a list or connection field returns (`nodes { … }` for a connection). */
function entityFieldNames(info: GraphQLResolveInfo, isConnection: boolean): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    if (!isConnection) {
      collectFieldNames(node.selectionSet, info.fragments, names);
      continue;
    }
    // A connection's entities are under `nodes`; `pageInfo` is counted by its own query.
    for (const selection of node.selectionSet?.selections ?? []) collectNodesSelections(selection, info.fragments, names);
  }
  return names;
}

function collectNodesSelections(
  selection: SelectionSetNode['selections'][number],
  fragments: Record<string, FragmentDefinitionNode>,
  names: Set<string>,
): void {
  if (selection.kind === 'Field') {
    if (selection.name.value === 'nodes') collectFieldNames(selection.selectionSet, fragments, names);
    return;
  }
  const inner = selection.kind === 'InlineFragment' ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
  for (const child of inner?.selections ?? []) collectNodesSelections(child, fragments, names);
}

/**
 * The attributes to read from the database for the entities a GraphQL field returns: the scalar
 * attributes the selection asks for, plus `id` and `documentId` (the relation, media and component
 * resolvers below them load by the parent's id). `undefined` (read every column) when the selection
 * names a field that is not an attribute of the model, such as a field added by an extension whose
 * resolver may read any column.
 */
export function selectedColumns(info: GraphQLResolveInfo | undefined, model: Model, isConnection: boolean): string[] | undefined {
  if (!info) return undefined;
  const columns = new Set(['id', 'documentId']);
  for (const name of entityFieldNames(info, isConnection)) {
    if (name.startsWith('__') || columns.has(name)) continue;
    const attribute = model.attributes[name];
    if (!attribute) {
      // Generated `<relation>_connection` fields resolve from the parent's id like the relation itself.
      const base = name.endsWith('_connection') ? model.attributes[name.slice(0, -'_connection'.length)] : undefined;
      if (base && LOADED_SEPARATELY.has(base.type)) continue;
      return undefined;
    }
    if (!LOADED_SEPARATELY.has(attribute.type)) columns.add(name);
  }
  return [...columns].sort();
}
