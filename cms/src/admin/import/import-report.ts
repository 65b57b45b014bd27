import type { FeedImportProgress } from '../../import/feeds/import-progress';

/** The progress of an import job, as GET /admin/lienhiep-import/:jobId answers it. */
export type ImportProgress = FeedImportProgress;

export const IMPORT_PATH = '/admin/lienhiep-import';

/** The one-line summary staff read when an import ends. */
export function importSummary(progress: ImportProgress): string {
  return `Đã xử lý ${progress.done}/${progress.total} bài: ${progress.created} bài mới, ${progress.updated} bài cập nhật, ${progress.skipped} bài bỏ qua (đã có), ${progress.failed} bài lỗi; ${progress.imagesUploaded} ảnh tải lên thư viện.`;
}
