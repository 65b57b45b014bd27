import type { Core, UID } from '@strapi/strapi';
import type { errors } from '@strapi/utils';

type Attribute = { required?: boolean; default?: unknown };
type Model = { uid: string; attributes: Record<string, Attribute> };
type Validator = {
  validateEntityCreation(model: Model, data: Record<string, unknown>, options: { isDraft: boolean }): Promise<Record<string, unknown>>;
};

const modelViews = new WeakMap<Model, Map<string, Model>>();

/**
 * The model with only the attributes a validation can act on for this data: those given, those
 * required and those with a default. Strapi's validator builds a yup schema for every attribute on
 * every call; for one that is absent, optional and without a default it accepts `undefined` and adds
 * nothing, so leaving it out changes no result and halves the cost of a validation.
 */
function modelFor(model: Model, data: Record<string, unknown>): Model {
  const given = Object.keys(data).sort().join(',');
  const views = modelViews.get(model) ?? new Map<string, Model>();
  modelViews.set(model, views);
  let view = views.get(given);
  if (!view) {
    const kept = Object.entries(model.attributes).filter(([name, attribute]) => name in data || attribute.required || attribute.default !== undefined);
    view = { ...model, attributes: Object.fromEntries(kept) };
    views.set(given, view);
  }
  return view;
}

/**
 * Strapi's own entity validator, as the Document Service runs it: every rule of the model (required
 * fields, lengths, the uid format and its uniqueness among published entries, the blocks shape,
 * component fields) for an entry to publish, the draft rules (lengths, formats) for a draft.
 * Publishing validates the same values again with every rule, so the stricter check covers both rows.
 * Returns the values with the model's defaults filled in; throws Strapi's ValidationError.
 */
export async function validateEntry(strapi: Core.Strapi, uid: UID.ContentType, data: Record<string, unknown>, { isDraft }: { isDraft: boolean }): Promise<Record<string, unknown>> {
  const validator = strapi.get('entityValidator') as Validator;
  // The entity validator is internal to Strapi and untyped; Model is the shape it reads.
  const valid = await validator.validateEntityCreation(modelFor(strapi.contentType(uid) as unknown as Model, data), data, { isDraft });
  // The document service sets publication itself (draft: null; published: the moment of publishing).
  delete valid.publishedAt;
  return valid;
}

/** A ValidationError's field messages in one line ("title must be at least 5 characters; summary must be defined."). */
export function validationMessage(error: InstanceType<typeof errors.ValidationError>): string {
  const details = (error.details as { errors?: Array<{ message: string }> } | undefined)?.errors ?? [];
  return details.length > 0 ? details.map((detail) => detail.message).join('; ') : error.message;
}
