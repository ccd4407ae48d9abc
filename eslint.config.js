// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layers from docs/architecture.md, enforced: imports point down, never up or sideways. */
const ourLayers = ['app', 'features', 'data', 'sync', 'scan', 'print', 'i18n', 'ui'];
const layerPatterns = (layers) =>
  layers.map((l) => `**/${l}/**`).concat(layers.map((l) => `**/src/${l}`));

/** Components never touch tables: they call repositories (src/data) and services. */
const componentRules = [
  {
    group: ['dexie', '**/data/db', '**/data/db/**'],
    message: 'Call a repository in src/data, not a table.',
  },
  {
    // pdf-lib, fontkit and the font are ~340 KB gzip: screens load them when papers are made.
    regex: '(^|/)print(/index)?$',
    allowTypeImports: true,
    message: 'Load the print module with loadPrint() from print/lazy.',
  },
];

/**
 * A layer is used through its index.ts: reaching into another layer's files couples to its
 * insides. The lazy entries (print/lazy, scan/app-scanner, scan/camera) are the exceptions, and
 * src/domain/api is an entry of its own: they keep the heavy parts out of the start-up bundle.
 */
const throughIndexOnly = {
  group: ['**/data/*', '**/sync/*', '**/scan/*', '**/print/*', '**/i18n/*', '**/ui/*']
    .concat(['data', 'sync', 'scan', 'print', 'i18n', 'ui'].map((layer) => `**/${layer}/*/**`))
    // The lazy entries: a small module that loads the heavy one on first use.
    .concat(['!**/print/lazy', '!**/scan/app-scanner', '!**/scan/camera', '!**/ui/*.css']),
  message: 'Import another layer through its index.ts.',
};

/** Features stand side by side: each may use src/features/shared, never another feature. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: features
              .filter((other) => other !== feature)
              .flatMap((other) => [`**/${other}`, `**/${other}/**`]),
            message: 'Features do not import each other: move what they share to features/shared.',
          },
          ...componentRules,
          throughIndexOnly,
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'data',
      'coverage',
      '.tmp',
      'test/fixtures/generated',
      'public',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.sw.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      'server/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'bench/**/*.ts',
      'test/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // The domain is pure: the app and the server both import it.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: layerPatterns(ourLayers), message: 'src/domain imports nothing of ours.' },
            {
              group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'node:*'],
              message: 'src/domain stays pure.',
            },
          ],
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: 'Import z from src/domain/zod.ts: it configures zod for our CSP.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'fetch',
        'indexedDB',
        'document',
        'window',
        'localStorage',
      ],
    },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: layerPatterns(ourLayers), message: 'The server imports only src/domain.' },
            {
              group: ['react', 'react-dom', 'dexie'],
              message: 'The server imports only src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // Components never touch tables or fetch: they call repositories and services.
    files: ['src/features/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...componentRules, throughIndexOnly] }],
      'no-restricted-globals': ['error', 'fetch', 'indexedDB', 'localStorage'],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/{scan,print,data,sync}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', ...layerPatterns(['app', 'features', 'ui'])],
              message: 'Services do not import UI.',
            },
            throughIndexOnly,
          ],
        },
      ],
    },
  },
);
