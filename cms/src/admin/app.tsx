import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartIcon } from './visitor-statistics/ChartIcon';

export default {
  config: {
    locales: ['vi'],
    // Release notes are fetched from the internet: off.
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: StrapiApp) {
    // The homepage's visitor statistics (issue 9), for every signed-in staff member.
    app.widgets.register({
      id: 'visitor-statistics',
      icon: ChartIcon,
      title: { id: 'lienhiep.visitor-statistics.title', defaultMessage: 'Thống kê truy cập' },
      component: async () => (await import('./visitor-statistics/VisitorStatisticsWidget')).default,
    });
  },
  bootstrap(_app: StrapiApp) {},
};
