/** What GET /admin/visitor-statistics answers (cms/src/visits/admin-statistics.ts). */
export type VisitorStatistics = {
  days: Array<{ day: string; visitors: number }>;
  mostRead: Array<{ documentId: string; title: string; published: boolean; readers: number }>;
  mostReadFrom: string;
  today: string;
};

export const STATISTICS_PATH = '/admin/visitor-statistics';

/** A Vietnam day (yyyy-mm-dd, as the server counts them) as the chart's dd/mm. */
export function dayMonth(day: string): string {
  const [, month, date] = day.split('-');
  return `${date}/${month}`;
}

/** A Vietnam day as dd/mm/yyyy. */
export function fullDate(day: string): string {
  const [year] = day.split('-');
  return `${dayMonth(day)}/${year}`;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** A count as Vietnamese write it (1.234). */
export function count(value: number): string {
  return numberFormat.format(value);
}

/** The article's edit view in the admin's content manager. */
export function articleEditPath(documentId: string): string {
  return `/content-manager/collection-types/api::article.article/${documentId}`;
}
