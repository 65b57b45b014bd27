import type { Core } from '@strapi/strapi';
import { IMPORT_EVENT } from '../import/import-event';

export const REVALIDATION_WEBHOOK_NAME = 'Cổng thông tin: làm mới trang đã lưu (tự động)';
/** An import announces itself once when done (IMPORT_EVENT), not per article. */
const WANTED_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish', 'media.update', 'media.delete', IMPORT_EVENT];

type Webhook = { id: number | string; name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean };
type WebhookStore = {
  allowedEvents: Map<string, string>;
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
};
type WebhookRunner = { add(webhook: Webhook): void; update(webhook: Webhook): void };

/**
 * Keeps one Strapi webhook that tells the site to drop its cached pages whenever an editor
 * publishes, unpublishes, updates or deletes content, or an import ends (WEB_REVALIDATE_URL, authorised with
 * REVALIDATE_SECRET). Created on start when both are set; kept in line with them afterwards.
 */
export async function ensureRevalidationWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.WEB_REVALIDATE_URL;
  const secret = process.env.REVALIDATE_SECRET;
  if (!url || !secret) return;

  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const allowed = new Set(store.allowedEvents.values());
  const wanted = {
    name: REVALIDATION_WEBHOOK_NAME,
    url,
    headers: { Authorization: `Bearer ${secret}` },
    events: WANTED_EVENTS.filter((event) => allowed.has(event)),
  };

  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === REVALIDATION_WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    return;
  }
  const same = existing.url === wanted.url && existing.isEnabled && existing.headers?.Authorization === wanted.headers.Authorization && existing.events.join() === wanted.events.join();
  if (same) return;
  const updated = await store.updateWebhook(existing.id, { ...wanted, isEnabled: true });
  if (updated) runner.update(updated);
}
