import { getNamedType, isUnionType, type ValidationRule } from 'graphql';
import { GraphqlRefusal } from './refusal';

/** The union the GraphQL plugin gives polymorphic (morph) relations, such as UploadFile.related. */
const MORPH_UNION = 'GenericMorph';

/**
 * Refuses selecting a polymorphic relation (`cover { related { … } }`): the plugin cannot resolve it
 * for the content API and fails with an internal error; the site never reads it.
 */
export function morphRelationRule(): ValidationRule {
  return (context) => ({
    Field() {
      const field = context.getFieldDef();
      if (!field) return;
      const type = getNamedType(field.type);
      if (!isUnionType(type) || type.name !== MORPH_UNION) return;
      context.reportError(
        new GraphqlRefusal(
          'FIELD_NOT_AVAILABLE',
          `Trường "${field.name}" (quan hệ đa hình) không truy vấn được qua API. The field "${field.name}" (a polymorphic relation) cannot be queried through the API.`,
        ),
      );
    },
  });
}
