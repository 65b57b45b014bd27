import { Link } from 'react-router-dom';
import { Widget } from '@strapi/strapi/admin';
import { articleEditPath, count, fullDate } from './statistics';
import { useVisitorStatistics } from './useVisitorStatistics';

/**
 * The admin homepage's "Bài đọc nhiều trong tuần": the last 7 days' most read articles (as "Đọc
 * nhiều" on the site, drafts and unpublished ones included for staff), each linking to its edit view.
 */
export default function MostReadWidget() {
  const state = useVisitorStatistics();
  if (state.kind === 'loading') return <Widget.Loading>Đang tải bài đọc nhiều…</Widget.Loading>;
  if (state.kind === 'error') return <Widget.Error>Không tải được bài đọc nhiều. Vui lòng thử lại sau.</Widget.Error>;
  const { mostRead, mostReadFrom, today } = state.statistics;
  if (mostRead.length === 0) return <Widget.NoData>Chưa có bài viết nào được đọc trong 7 ngày qua.</Widget.NoData>;
  return (
    <div lang="vi" style={{ fontSize: 14 }} data-widget="most-read">
      <p style={{ marginBottom: 8 }}>
        Từ {fullDate(mostReadFrom)} đến {fullDate(today)}, theo số người đọc:
      </p>
      <ol style={{ paddingLeft: 24, listStyle: 'decimal', display: 'grid', gap: 6 }}>
        {mostRead.map((article) => (
          <li key={article.documentId}>
            <Link to={articleEditPath(article.documentId)} style={{ color: 'inherit', textDecoration: 'underline' }}>
              {article.title}
            </Link>{' '}
            — <strong>{count(article.readers)}</strong> lượt đọc{article.published ? '' : ' (chưa xuất bản)'}
          </li>
        ))}
      </ol>
      <p style={{ marginTop: 8, fontSize: 12 }}>Mỗi người đọc được tính một lần cho mỗi bài trong một ngày (giờ Việt Nam).</p>
    </div>
  );
}
