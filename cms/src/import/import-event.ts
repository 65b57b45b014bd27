import type { Core, UID } from '@strapi/strapi';

/**
 * The one event an import emits when it is done, in place of the Document Service's
 * `entry.create` + `entry.publish` per article: webhooks subscribed to it (the site's cache purge,
 * src/bootstrap/revalidation-webhook.ts) are called once per import, not twice per article.
 */
export const IMPORT_EVENT = 'entry.import';

type WebhookStore = { addAllowedEvent(key: string, value: string): void };

/** Lets webhooks subscribe to the import event (Strapi only runs webhooks for events it allows). */
export function registerImportEvent(strapi: Core.Strapi): void {
  (strapi.get('webhookStore') as WebhookStore).addAllowedEvent('ENTRY_IMPORT', IMPORT_EVENT);
}

export type ImportTotals = { created: number; existing: number; failed: number };

/** Emits the import event, like Strapi's entry events: `{ model, uid, …totals }` in the webhook body. */
export function announceImport(strapi: Core.Strapi, uid: UID.ContentType, totals: ImportTotals): void {
  strapi.eventHub.emit(IMPORT_EVENT, { model: strapi.contentType(uid).modelName, uid, ...totals });
}
