// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PREVIEW_PATH, previewUrl } from '../../../cms/src/preview/preview-link';
import { routes } from '#shared/routes';
import { isCacheableRoute } from '#shared/utils/cacheable-routes';
import { canonicalPageQuery } from '#shared/utils/page-query';
import { previewTargetOf } from '#shared/utils/preview-token';
import { pageContentSecurityPolicy } from '../../server/utils/content-security-policy';

const settings = { secret: 'a-test-secret', ttlSeconds: 900, siteUrl: 'https://lienhiep.example.vn/' };
const link = (uid: string, status = 'draft') => previewUrl(settings, uid, { documentId: 'abc123', status })!;
const tokenOf = (url: string) => new URL(url).searchParams.get('token');

describe('draft preview links', () => {
  it("point at the site's preview route, the one path the CMS and the site share", () => {
    expect(PREVIEW_PATH).toBe(routes.preview());
    expect(link('api::article.article')).toMatch(/^https:\/\/lienhiep\.example\.vn\/xem-truoc\?token=v1\./);
  });

  it('name the document and the version the editor previews, for the five types with a page', () => {
    expect(previewTargetOf(tokenOf(link('api::article.article')))).toMatchObject({ type: 'article', documentId: 'abc123', status: 'DRAFT' });
    expect(previewTargetOf(tokenOf(link('api::honored-intellectual.honored-intellectual', 'published')))).toMatchObject({ type: 'honoredIntellectual', status: 'PUBLISHED' });
    for (const uid of ['api::event.event', 'api::association.association', 'api::page.page']) expect(previewTargetOf(tokenOf(link(uid)))).not.toBeNull();
    expect(previewUrl(settings, 'api::category.category', { documentId: 'x' })).toBeNull();
    expect(previewUrl(settings, 'api::global.global', { documentId: 'x' })).toBeNull();
  });

  it('are read as nothing when expired, malformed or missing', () => {
    const token = tokenOf(link('api::article.article'))!;
    expect(previewTargetOf(token, Date.now() + 16 * 60 * 1000)).toBeNull();
    for (const bad of [null, '', 'abc', 'v1.%%%.x', 'v1.e30.x', `${token}${'a'.repeat(1100)}`]) expect(previewTargetOf(bad)).toBeNull();
  });

  it('are rendered for each request and never stored by the page cache; the token is the only parameter kept', () => {
    const token = tokenOf(link('api::article.article'))!;
    expect(isCacheableRoute('/xem-truoc')).toBe(false);
    expect(canonicalPageQuery('/xem-truoc', new URLSearchParams({ token, utm_source: 'x' }))).toEqual({ search: `?token=${token}`, cacheable: false });
    expect(canonicalPageQuery('/xem-truoc', new URLSearchParams({ token: '<script>' }))).toEqual({ search: '', cacheable: false });
  });

  it('may be framed by the CMS only, every other page by nobody', () => {
    const policy = (framedByCms: boolean) => pageContentSecurityPolicy({ scriptHashes: [], cmsOrigin: 'https://cms.example.vn', https: true, framedByCms });
    expect(policy(true)).toContain('frame-ancestors https://cms.example.vn');
    expect(policy(false)).toContain("frame-ancestors 'none'");
  });
});
