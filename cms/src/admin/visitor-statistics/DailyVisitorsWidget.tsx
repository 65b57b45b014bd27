import { Widget } from '@strapi/strapi/admin';
import { DailyVisitorsChart } from './DailyVisitorsChart';
import { useVisitorStatistics } from './useVisitorStatistics';

/** The admin homepage's "Khách truy cập 30 ngày qua": distinct visitors per Vietnam day, as a chart and a table. */
export default function DailyVisitorsWidget() {
  const state = useVisitorStatistics();
  if (state.kind === 'loading') return <Widget.Loading>Đang tải thống kê truy cập…</Widget.Loading>;
  if (state.kind === 'error') return <Widget.Error>Không tải được thống kê truy cập. Vui lòng thử lại sau.</Widget.Error>;
  return (
    <div lang="vi" style={{ fontSize: 14 }} data-widget="daily-visitors">
      <DailyVisitorsChart days={state.statistics.days} />
      <p style={{ marginTop: 8, fontSize: 12 }}>Mỗi khách được tính một lần mỗi ngày (giờ Việt Nam); không tính máy tìm kiếm và công cụ tự động.</p>
    </div>
  );
}
