import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ocrAssets } from './scripts/vite-ocr-assets';
import { printFontAsset } from './scripts/vite-print-font';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [
    react(),
    ocrAssets(),
    printFontAsset(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Prompt, never autoUpdate: an update must not reload over a half-filled form.
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      injectManifest: {
        // The shell, every lazy chunk (catalogs and the municipality list included) and the
        // icons; big optional assets (OCR data, the postcode table) are cached on first use.
        globPatterns: ['**/*.{js,css,html,webmanifest,png,svg,ico}'],
        globIgnores: ['**/ocr/**', '**/fonts/**', '**/postcode-lookup-*.js'],
      },
      manifest: {
        id: '/',
        name: 'Madoguchi — the municipal counter at home',
        short_name: 'Madoguchi',
        description:
          'Prepare the papers you mail to city hall in your own language, keep your resident record code safe, and send applications when online.',
        lang: 'ja',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0017c1',
        background_color: '#ffffff',
        categories: ['government', 'utilities', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    // changeOrigin stays false: the identity provider builds its URLs from the Host header.
    // (Vite's string shorthand would set changeOrigin: true.)
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/oidc': { target: apiTarget, changeOrigin: false },
    },
  },
});
