import type { Core } from '@strapi/strapi';

const MARKETPLACE = 'admin::marketplace.read';

/**
 * The Marketplace link (to market.strapi.io) means nothing to the union's staff and is the admin's
 * one link to install plugins from the internet: its permission is taken from every role at each
 * start (Strapi gives it back to the super admin role at start, before this runs). Without the
 * permission the admin shows no Marketplace entry and `/admin/plugins` answers 403.
 */
export async function removeMarketplace(strapi: Core.Strapi): Promise<void> {
  await strapi.db.query('admin::permission').deleteMany({ where: { action: MARKETPLACE } });
}
