import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { defineNuxtModule } from 'nuxt/kit';

/**
 * The one script browsers get (nuxt.config.ts: pages ship without Nuxt's runtime): app/enhancements/main.ts,
 * bundled and minified with esbuild into `<buildAssetsDir>enhancements.<content hash>.js`, served by
 * Nitro like Nuxt's own assets (precompressed, cached for a year) and loaded as a module on every page.
 * In development the source is served by Vite instead, so a change shows on the next reload.
 */
export default defineNuxtModule({
  meta: { name: 'enhancements' },
  async setup(_options, nuxt) {
    const entry = join(nuxt.options.srcDir, 'enhancements', 'main.ts');
    const base = nuxt.options.app.baseURL.replace(/\/$/, '');
    const assetsDir = nuxt.options.app.buildAssetsDir; // '/_nuxt/'
    let src: string;
    if (nuxt.options.dev) {
      src = `${base}${assetsDir}@fs${entry}`;
    } else {
      const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2020', legalComments: 'none', write: false });
      const code = result.outputFiles[0]!.contents;
      const name = `enhancements.${createHash('sha256').update(code).digest('base64url').slice(0, 10).replace(/[-_]/g, 'x')}.js`;
      const outDir = join(nuxt.options.buildDir, 'enhancements');
      // Written once the build directory has been cleared; Nitro copies and compresses it with the other assets.
      nuxt.hook('build:before', async () => {
        await rm(outDir, { recursive: true, force: true });
        await mkdir(outDir, { recursive: true });
        await writeFile(join(outDir, name), code);
      });
      nuxt.options.nitro.publicAssets ??= [];
      nuxt.options.nitro.publicAssets.push({ dir: outDir, baseURL: assetsDir, maxAge: 31536000 });
      src = `${base}${assetsDir}${name}`;
    }
    nuxt.options.app.head.script ??= [];
    nuxt.options.app.head.script.push({ src, type: 'module' });
  },
});
