/**
 * The progress of a feed import job: what GET /admin/lienhiep-import/:jobId answers and the admin's
 * "Nhập bài" page shows (src/admin/import). Types only, so the admin panel's bundle can share them.
 */
export type FeedImportProgress = {
  total: number;
  done: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  imagesUploaded: number;
  /** What staff should know, in Vietnamese: each post skipped or failed, images not fetched, categories not found. */
  messages: string[];
  finished: boolean;
};
