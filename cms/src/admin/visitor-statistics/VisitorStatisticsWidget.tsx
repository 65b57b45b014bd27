import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { DailyVisitorsChart } from './DailyVisitorsChart';
import { articleEditPath, count, fullDate, STATISTICS_PATH, type VisitorStatistics } from './statistics';

type State = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; statistics: VisitorStatistics };

/**
 * The admin homepage's "Thống kê truy cập": daily visitors of the last 30 days (Vietnam days) and
 * the week's most read articles, each linking to its edit view. Read from the CMS's own admin route
 * with the signed-in staff member's session; nothing leaves the machine.
 */
export default function VisitorStatisticsWidget() {
  const { get } = useFetchClient();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    get<VisitorStatistics>(STATISTICS_PATH).then(
      ({ data }) => current && setState({ kind: 'ready', statistics: data }),
      () => current && setState({ kind: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [get]);

  if (state.kind === 'loading') return <Widget.Loading>Đang tải thống kê truy cập…</Widget.Loading>;
  if (state.kind === 'error') return <Widget.Error>Không tải được thống kê truy cập. Vui lòng thử lại sau.</Widget.Error>;
  const { days, mostRead, mostReadFrom, today } = state.statistics;

  return (
    <div lang="vi" style={{ display: 'grid', gap: 16, fontSize: 14 }} data-widget="visitor-statistics">
      <section aria-labelledby="thong-ke-30-ngay">
        <h3 id="thong-ke-30-ngay" style={{ fontWeight: 600, marginBottom: 8 }}>Khách truy cập 30 ngày qua</h3>
        <DailyVisitorsChart days={days} />
      </section>
      <section aria-labelledby="thong-ke-doc-nhieu">
        <h3 id="thong-ke-doc-nhieu" style={{ fontWeight: 600, marginBottom: 8 }}>
          Bài đọc nhiều trong tuần ({fullDate(mostReadFrom)} – {fullDate(today)})
        </h3>
        {mostRead.length === 0 ? (
          <p>Chưa có bài viết nào được đọc trong 7 ngày qua.</p>
        ) : (
          <ol style={{ paddingLeft: 20, listStyle: 'decimal', display: 'grid', gap: 4 }}>
            {mostRead.map((article) => (
              <li key={article.documentId}>
                <Link to={articleEditPath(article.documentId)} style={{ color: 'inherit', textDecoration: 'underline' }}>
                  {article.title}
                </Link>{' '}
                — {count(article.readers)} lượt đọc{article.published ? '' : ' (chưa xuất bản)'}
              </li>
            ))}
          </ol>
        )}
        <p style={{ marginTop: 8, fontSize: 12 }}>Mỗi người đọc được tính một lần cho mỗi bài trong một ngày (giờ Việt Nam); không tính máy tìm kiếm.</p>
      </section>
    </div>
  );
}
