import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ImportJobs } from './import-jobs';
import { uploadSizeLimit } from './imported-images';
import { FeedError, readFeed, type Feed } from './read-feed';
import { downloadTo, FetchRefused } from './remote-file';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const CREATE = 'plugin::content-manager.explorer.create';
const PUBLISH = 'plugin::content-manager.explorer.publish';

/** A 403 with its message: a PolicyError (Strapi's router turns any other ForbiddenError into a bare "Forbidden"). */
function refuse(message: string): never {
  throw new errors.PolicyError(message);
}

type Ability = { can(action: string, subject: string): boolean };
type UploadedFile = { filepath: string; size: number };
type Context = {
  state: { userAbility?: Ability; user?: { id: number } };
  request: { body?: Record<string, unknown>; files?: Record<string, UploadedFile | UploadedFile[]> };
  params: { jobId?: string };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
};

const truthy = (value: unknown) => value === true || value === 'true' || value === 'on' || value === '1';

async function feedText(ctx: Context): Promise<string> {
  const upload = ctx.request.files?.file;
  const file = Array.isArray(upload) ? upload[0] : upload;
  if (file) {
    if ((await stat(file.filepath)).size > uploadSizeLimit()) throw new errors.ValidationError('Tệp quá lớn. (The file is too large.)');
    return readFile(file.filepath, 'utf8');
  }
  const url = typeof ctx.request.body?.url === 'string' ? ctx.request.body.url.trim() : '';
  if (!url) throw new errors.ValidationError('Hãy chọn tệp RSS/Atom/WXR hoặc dán địa chỉ nguồn tin. (Choose a feed file or paste a feed URL.)');
  const dir = await mkdtemp(path.join(tmpdir(), 'lienhiep-feed-'));
  try {
    const target = path.join(dir, 'feed.xml');
    await downloadTo(url, target, { maxBytes: uploadSizeLimit(), timeoutMs: 30_000 });
    return await readFile(target, 'utf8');
  } catch (error) {
    if (error instanceof FetchRefused) throw new errors.ValidationError(`Không tải được nguồn tin: ${error.message}`);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function parsed(xml: string): Feed {
  try {
    const feed = readFeed(xml);
    if (feed.items.length === 0) throw new FeedError('Nguồn tin không có bài viết nào. (The feed has no posts.)');
    return feed;
  } catch (error) {
    if (error instanceof FeedError) throw new errors.ValidationError(error.message);
    throw error;
  }
}

/**
 * `POST /admin/lienhiep-import` (multipart `file`, or `url`; `mode` draft|published;
 * `createCategories`) starts an import job and answers 202 `{ jobId, progress }`;
 * `GET /admin/lienhiep-import/:jobId` answers its progress. Admin routes (the panel's sign-in), for
 * staff who may create articles; importing as published needs the publish permission (an author
 * imports drafts only), creating missing categories the permission to create categories.
 */
export function registerFeedImportRoutes(strapi: Core.Strapi): void {
  const jobs = new ImportJobs(strapi);
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin',
    routes: [
      {
        method: 'POST',
        path: '/lienhiep-import',
        info: {},
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (koa) => {
          const ctx = koa as unknown as Context;
          const ability = ctx.state.userAbility;
          const user = ctx.state.user;
          if (!ability || !user || !ability.can(CREATE, ARTICLE)) refuse('Bạn không có quyền tạo tin bài. (You may not create articles.)');
          const mode = ctx.request.body?.mode === 'published' ? 'published' : 'draft';
          if (mode === 'published' && !ability.can(PUBLISH, ARTICLE)) {
            refuse('Tài khoản của bạn chỉ được nhập bài dưới dạng bản nháp. (You may import drafts only.)');
          }
          const createCategories = truthy(ctx.request.body?.createCategories);
          if (createCategories && !(ability.can(CREATE, CATEGORY) && ability.can(PUBLISH, CATEGORY))) {
            refuse('Bạn không có quyền tạo chuyên mục. (You may not create categories.)');
          }
          const feed = parsed(await feedText(ctx));
          const job = jobs.start(user.id, feed, { mode, createCategories, user: { id: user.id } });
          ctx.set('Cache-Control', 'no-store');
          ctx.status = 202;
          ctx.body = { jobId: job.id, format: feed.format, progress: job.progress };
        },
      },
      {
        method: 'GET',
        path: '/lienhiep-import/:jobId',
        info: {},
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (koa) => {
          const ctx = koa as unknown as Context;
          const job = ctx.state.user && jobs.find(String(ctx.params.jobId), ctx.state.user.id);
          if (!job) throw new errors.NotFoundError('Không có việc nhập này. (No such import job.)');
          ctx.set('Cache-Control', 'no-store');
          ctx.body = { jobId: job.id, progress: job.progress };
        },
      },
    ],
  });
}
