import { useEffect, useState, type FormEvent } from 'react';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { IMPORT_PATH, importSummary, type ImportProgress } from './import-report';

const ARTICLE = 'api::article.article';
// useRBAC names each answer after the action's last word (canPublish, canCreate): one check per hook.
const PUBLISH_ARTICLES = [{ action: 'plugin::content-manager.explorer.publish', subject: ARTICLE }];
const CREATE_CATEGORIES = [{ action: 'plugin::content-manager.explorer.create', subject: 'api::category.category' }];
const POLL_MS = 1000;

type Job = { jobId: string; progress: ImportProgress };
const errorMessage = (error: unknown) =>
  (error as { response?: { data?: { error?: { message?: string } } } })?.response?.data?.error?.message ?? 'Không bắt đầu được việc nhập. Vui lòng thử lại.';

const box = { background: '#fff', borderRadius: 4, padding: 24, boxShadow: '0 1px 4px rgba(33,33,52,.1)', marginBottom: 16, fontSize: 14, lineHeight: 1.6 } as const;

/**
 * "Nhập bài từ trang cũ": staff choose a WordPress export (WXR) or an RSS/Atom file, or paste a
 * feed's address, choose drafts or published, and follow the import on a progress bar until its
 * report. Authors see only "bản nháp" (the server refuses anything else to them as well).
 */
export default function ImportPage() {
  const { post, get } = useFetchClient();
  const canPublish = useRBAC(PUBLISH_ARTICLES).allowedActions.canPublish === true;
  const canCreateCategories = useRBAC(CREATE_CATEGORIES).allowedActions.canCreate === true;
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [mode, setMode] = useState<'draft' | 'published'>('draft');
  const [createCategories, setCreateCategories] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (!job || job.progress.finished) return;
    const timer = setTimeout(() => {
      get<Job>(`${IMPORT_PATH}/${job.jobId}`).then(
        ({ data }) => setJob(data),
        () => setError('Mất kết nối với việc nhập (máy chủ có thể đã khởi động lại). Chạy lại cùng tệp sẽ tiếp tục mà không nhập trùng.'),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, get]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const body = new FormData();
    if (file) body.append('file', file);
    else body.append('url', url.trim());
    body.append('mode', mode);
    body.append('createCategories', String(createCategories));
    setStarting(true);
    try {
      const { data } = await post<Job>(IMPORT_PATH, body);
      setJob(data);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setStarting(false);
    }
  };

  const running = job !== null && !job.progress.finished;
  const progress = job?.progress;
  return (
    <Page.Main>
      <Page.Title>Nhập bài từ trang cũ</Page.Title>
      <Layouts.Header title="Nhập bài từ trang cũ" subtitle="Nhập tin bài từ tệp xuất WordPress (WXR), nguồn tin RSS hoặc Atom: kèm ảnh, chuyên mục và ngày đăng. Nhập lại cùng tệp không tạo bài trùng." />
      <Layouts.Content>
        <div lang="vi">
          <form style={box} onSubmit={start} aria-label="Nhập bài">
            <p>
              <label>
                Tệp WXR / RSS / Atom (.xml):{' '}
                <input type="file" accept=".xml,.rss,.atom,application/xml,text/xml" disabled={running} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
              </label>
            </p>
            <p>
              <label>
                hoặc địa chỉ nguồn tin:{' '}
                <input type="url" value={url} placeholder="https://trang-cu.example/feed/" disabled={running || file !== null} onChange={(event) => setUrl(event.target.value)} style={{ width: 360, padding: 4 }} />
              </label>
            </p>
            <fieldset style={{ border: 'none', padding: 0 }}>
              <legend>Trạng thái bài nhập:</legend>
              <label>
                <input type="radio" name="mode" value="draft" checked={mode === 'draft'} disabled={running} onChange={() => setMode('draft')} /> Bản nháp (biên tập viên duyệt sau)
              </label>{' '}
              {canPublish && (
                <label>
                  <input type="radio" name="mode" value="published" checked={mode === 'published'} disabled={running} onChange={() => setMode('published')} /> Đăng ngay (bài nháp ở trang cũ vẫn là bản nháp)
                </label>
              )}
            </fieldset>
            {canCreateCategories && (
              <p>
                <label>
                  <input type="checkbox" checked={createCategories} disabled={running} onChange={(event) => setCreateCategories(event.target.checked)} /> Tạo chuyên mục còn thiếu (nếu không, bài thuộc chuyên mục chưa có được nhập không có chuyên mục)
                </label>
              </p>
            )}
            <button type="submit" disabled={running || starting || (!file && url.trim() === '')} style={{ padding: '8px 16px', background: '#4945ff', color: '#fff', border: 'none', borderRadius: 4, cursor: 'pointer' }}>
              {running || starting ? 'Đang nhập…' : 'Bắt đầu nhập'}
            </button>
            {error && (
              <p role="alert" style={{ color: '#d02b20' }}>
                {error}
              </p>
            )}
          </form>
          {progress && (
            <section style={box} aria-live="polite">
              <label htmlFor="tien-do-nhap">
                Tiến độ: {progress.done}/{progress.total} bài
              </label>
              <progress id="tien-do-nhap" max={Math.max(progress.total, 1)} value={progress.done} style={{ display: 'block', width: '100%', height: 16 }} />
              <p>{progress.finished ? `Hoàn tất. ${importSummary(progress)}` : importSummary(progress)}</p>
              {progress.messages.length > 0 && (
                <ul>
                  {progress.messages.map((message, index) => (
                    <li key={index}>{message}</li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      </Layouts.Content>
    </Page.Main>
  );
}
