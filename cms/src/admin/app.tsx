import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartIcon, HistoryIcon, ImportIcon } from './icons';
import { formatEnglishDatesDayFirst } from './newsroom/day-first-dates';
import { applyStaffDefaults } from './newsroom/staff-defaults';
import vi from './translations/vi.json';
import { HistoryPanel } from './history/HistoryPanel';

// Before the panel renders (it reads the language from storage as it starts).
applyStaffDefaults(window.localStorage);
formatEnglishDatesDayFirst();

export default {
  config: {
    locales: ['vi'],
    // What Strapi leaves in English, in Vietnamese (cms/scripts/admin-translations.js lists what is missing after an upgrade).
    translations: { vi },
    // Release notes are fetched from the internet: off.
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: StrapiApp) {
    // "Nhập bài từ trang cũ" (issue 11): for staff who may create articles.
    app.addMenuLink({ to: 'lienhiep-import', icon: ImportIcon, intlLabel: { id: 'lienhiep.import.menu', defaultMessage: 'Nhập bài' }, permissions: [{ action: 'plugin::content-manager.explorer.create', subject: 'api::article.article' }], Component: () => import('./import/ImportPage') });
    // The homepage's visitor statistics (issue 9), for every signed-in staff member.
    app.widgets.register([
      {
        id: 'daily-visitors',
        icon: ChartIcon,
        title: { id: 'lienhiep.visitor-statistics.daily', defaultMessage: 'Khách truy cập 30 ngày qua' },
        component: async () => (await import('./visitor-statistics/DailyVisitorsWidget')).default,
      },
      {
        id: 'most-read',
        icon: ChartIcon,
        title: { id: 'lienhiep.visitor-statistics.most-read', defaultMessage: 'Bài đọc nhiều trong tuần' },
        component: async () => (await import('./visitor-statistics/MostReadWidget')).default,
      },
    ]);
    // "Nhật ký hoạt động" (issue 11): publications, unpublications and deletions, for every staff member (each sees the types they may read).
    app.addMenuLink({
      to: 'lienhiep-audit-log',
      icon: HistoryIcon,
      intlLabel: { id: 'lienhiep.history.audit-log', defaultMessage: 'Nhật ký hoạt động' },
      permissions: [],
      Component: () => import('./history/AuditLogPage'),
    });
  },
  bootstrap(app: StrapiApp) {
    // "Lịch sử phiên bản" (issue 11): a side panel of the edit view of the app's own types.
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: unknown[]): void };
    contentManager.addEditViewSidePanel([HistoryPanel]);
  },
};
