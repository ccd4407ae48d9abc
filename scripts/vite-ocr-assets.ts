// Serves tesseract.js's worker, wasm cores and English language data from our own origin under
// /ocr/ — copied into the build, and served from node_modules by the dev server. Nothing is
// fetched from a CDN; the service worker caches these on first use (too big to precache).
import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const files: Record<string, string> = {
  'ocr/worker.min.js': 'node_modules/tesseract.js/dist/worker.min.js',
  'ocr/core/tesseract-core-lstm.wasm.js':
    'node_modules/tesseract.js-core/tesseract-core-lstm.wasm.js',
  'ocr/core/tesseract-core-simd-lstm.wasm.js':
    'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  'ocr/core/tesseract-core-relaxedsimd-lstm.wasm.js':
    'node_modules/tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js',
  'ocr/lang/eng.traineddata.gz':
    'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
};

export function ocrAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'madoguchi-ocr-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const source = files[(request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? ''];
        if (!source || !existsSync(source)) return next();
        response.setHeader(
          'content-type',
          source.endsWith('.gz') ? 'application/octet-stream' : 'text/javascript',
        );
        createReadStream(source).pipe(response);
      });
    },
    writeBundle() {
      for (const [target, source] of Object.entries(files)) {
        if (!existsSync(source)) throw new Error(`OCR asset missing: ${source} (run npm ci)`);
        const destination = join(outDir, target);
        mkdirSync(dirname(destination), { recursive: true });
        copyFileSync(source, destination);
      }
    },
  };
}
