import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, pageContentSecurityPolicy } from '../../server/utils/content-security-policy';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts a browser runs, not JSON data or external scripts', () => {
    const config = 'window.__NUXT__={};window.__NUXT__.config={public:{}}';
    const importMap = '{"imports":{"#entry":"/_nuxt/a.js"}}';
    const html = `<script type="importmap">${importMap}</script><script type="module" src="/_nuxt/a.js" crossorigin></script>`
      + `<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>${config}</script>`
      + '<script type="application/json" id="__NUXT_DATA__">[1]</script>';
    expect(inlineScriptHashes(html).sort()).toEqual([sha(importMap), sha(config)].sort());
  });
});

describe('pageContentSecurityPolicy', () => {
  it('allows scripts only from the site and the hashes, images from the CMS, and no framing', () => {
    const policy = pageContentSecurityPolicy({ scriptHashes: ["'sha256-abc'"], cmsOrigin: 'https://cms.example', https: true });
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("img-src 'self' data: https://cms.example");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain('upgrade-insecure-requests');
  });

  it('allows images from a separate uploads host when the CMS serves files from one', () => {
    const policy = pageContentSecurityPolicy({ scriptHashes: [], cmsOrigin: 'https://cms.example', mediaOrigin: 'https://media.example', https: true });
    expect(policy).toContain("img-src 'self' data: https://cms.example https://media.example");
    expect(policy).toContain("connect-src 'self';");
  });

  it('lets the browser reach the CMS only where it queries it (nuxt dev, whose client navigates with GraphQL)', () => {
    const policy = pageContentSecurityPolicy({ scriptHashes: [], cmsOrigin: 'https://cms.example', https: false, browserQueriesCms: true });
    expect(policy).toContain("connect-src 'self' https://cms.example;");
  });
});
