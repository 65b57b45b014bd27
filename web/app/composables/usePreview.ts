import type { InjectionKey } from 'vue';
import { PreviewDocumentQuery } from '#shared/graphql/preview';
import type { PreviewRead, PreviewTarget } from '#shared/utils/preview-token';

/** The document a preview link shows: its type, id, slug, the version asked for, and the link's token. */
export type PreviewedDocument = PreviewTarget & { slug: string; token: string };

/** Provided by the preview page (app/pages/xem-truoc.vue) to the public page it renders. */
export const PREVIEW_DOCUMENT: InjectionKey<PreviewedDocument> = Symbol('previewed-document');

/** A loader's useAsyncData key: a preview's never equals the published page's. */
export function previewKey(key: string, preview?: PreviewRead): string {
  return preview ? `${key}:preview:${preview.status}` : key;
}

/** The version a loader asks for: the published one, unless it loads a preview. */
export function previewStatus(preview?: PreviewRead): 'DRAFT' | 'PUBLISHED' {
  return preview?.status ?? 'PUBLISHED';
}

/** Inside a preview (app/pages/xem-truoc.vue): the previewed document; elsewhere undefined. */
export function useInjectedPreview(): PreviewedDocument | undefined {
  return inject(PREVIEW_DOCUMENT, undefined);
}

/** The CMS answered, and said no (an invalid or expired token, a document that is gone): not a CMS outage. */
function isRefusal(failure: unknown): boolean {
  return failure instanceof CmsRequestError && (failure.errors.length > 0 || cmsFailureKind(failure.failure) === 'client');
}

/**
 * The document the `?token=` of the preview page names, read from the CMS with that token; a 404
 * (the site's normal page) without a token, for a token the CMS does not accept (tampered, expired,
 * signed with another key) or for a document it cannot read; a 503 when the CMS is down.
 */
export async function usePreviewDocument(): Promise<PreviewedDocument> {
  const raw = useRoute().query.token;
  const token = typeof raw === 'string' ? raw : null;
  const target = previewTargetOf(token);
  notFoundUnless(target);
  const { $cmsQuery } = useNuxtApp();
  const { data, error } = await useAsyncData(`preview:${target.type}:${target.documentId}:${target.status}`, async () => {
    try {
      const answer = await $cmsQuery(
        PreviewDocumentQuery,
        {
          documentId: target.documentId,
          status: target.status,
          article: target.type === 'article',
          event: target.type === 'event',
          association: target.type === 'association',
          honoredIntellectual: target.type === 'honoredIntellectual',
          page: target.type === 'page',
        },
        { previewToken: token! },
      );
      return answer[target.type]?.slug ?? null;
    } catch (failure) {
      if (isRefusal(failure)) return null;
      throw failure;
    }
  });
  if (error.value) throw createError({ statusCode: 503, statusMessage: 'CMS unavailable', fatal: true });
  notFoundUnless(data.value);
  return { ...target, slug: data.value, token: token! };
}
