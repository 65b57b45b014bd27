import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    locales: ['vi'],
    // Release notes are fetched from the internet: off.
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
