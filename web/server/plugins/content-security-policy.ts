/**
 * Sets the Content-Security-Policy of every page Nuxt renders (and drops Nuxt's X-Powered-By).
 * Runs inside the render, before the page cache stores it, so a cached page keeps the policy
 * whose script hashes match its HTML. Pages that read free text (?ten=…) are marked not to be
 * cached (see server/utils/canonical-request.ts).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const headers = (response.headers ??= {});
    delete headers['x-powered-by'];
    const contentType = String(headers['content-type'] ?? '');
    if (contentType.startsWith('text/html') && typeof response.body === 'string') {
      const { public: publicConfig } = useRuntimeConfig(event);
      headers['content-security-policy'] = pageContentSecurityPolicy({
        scriptHashes: inlineScriptHashes(response.body),
        cmsOrigin: originOf(publicConfig.cmsPublicUrl),
        mediaOrigin: originOf(publicConfig.mediaPublicUrl),
        https: publicConfig.siteUrl.startsWith('https://'),
        browserQueriesCms: import.meta.dev,
        framedByCms: isPreviewPath(event.path),
      });
    } else {
      headers['content-security-policy'] = NON_DOCUMENT_CONTENT_SECURITY_POLICY;
    }
    if (event.context.pageCacheable === false) headers['cache-control'] = 'private, no-store';
  });
});
