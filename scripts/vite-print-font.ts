// Serves the papers' Japanese font (Noto Sans JP, OFL) from our own origin at /fonts/ — copied
// into the build from node_modules, and served from there by the dev server. Never a CDN; the
// service worker caches it on first use (5 MB: too big to precache).
import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PAPER_FONT } from '../src/print/font/font-asset';

export function printFontAsset(): Plugin {
  let outDir = 'dist';
  const target = PAPER_FONT.url.replace(/^\//, '');
  return {
    name: 'madoguchi-print-font',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if ((request.url ?? '').split('?')[0] !== PAPER_FONT.url) return next();
        if (!existsSync(PAPER_FONT.packageFile)) return next();
        response.setHeader('content-type', 'font/ttf');
        createReadStream(PAPER_FONT.packageFile).pipe(response);
      });
    },
    writeBundle() {
      if (!existsSync(PAPER_FONT.packageFile)) {
        throw new Error(`Paper font missing: ${PAPER_FONT.packageFile} (run npm ci)`);
      }
      const destination = join(outDir, target);
      mkdirSync(dirname(destination), { recursive: true });
      copyFileSync(PAPER_FONT.packageFile, destination);
    },
  };
}
