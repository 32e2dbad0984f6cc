// ESLint: typescript-eslint, React hooks, jsx-a11y, and the layers of ../shared/STYLE.md as import
// rules (as alan2207/bulletproof-react encodes its one-way imports as `no-restricted-paths` zones).
// Formatting is Prettier's job (`npm run format`), not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What src/flow/ (routing only) must not import: React, i18n, the DOM's helpers. */
const notInFlow = ['react', 'react-dom', 'react-i18next', 'i18next', '@xstate/react'];

export default defineConfig([
  globalIgnores(['dist/', 'dist-ssr/', 'dist-kit/', '.e2e/', 'bench-results/', 'screenshots/', 'node_modules/', '.vite/']),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'project/all',
    plugins: { 'import-x': importX },
    settings: {
      // import-x parses the files an import leads to (for no-cycle): TypeScript ones with its parser
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.mts', '.d.mts', '.mjs', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': 'error',
      // unused names are errors; a leading _ marks one that must be there (a parameter's position)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="only"]', message: 'No .only tests.' },
        { selector: 'CallExpression[callee.property.name="skip"]', message: 'No skipped tests.' },
      ],
    },
  },

  // ── The app: React, hooks, accessibility ───────────────────────────────────────────────────
  {
    name: 'project/src',
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },

  // ── Layers (STYLE.md: imports go one way) ──────────────────────────────────────────────────
  {
    name: 'project/layers',
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/flow',
              from: './src',
              except: ['./flow', './school'],
              message: 'src/flow/ is routing only: it may import the school rules, nothing else of the app.',
            },
            {
              target: './src/components',
              from: ['./src/screens', './src/app.tsx', './src/main.tsx', './src/entry-server.tsx'],
              message: 'components/ never import screens/ (imports go one way).',
            },
            {
              target: ['./src/school', './src/catalogue', './src/i18n'],
              from: [
                './src/screens',
                './src/components',
                './src/routing',
                './src/tools',
                './src/drawings',
                './src/a11y',
                './src/app.tsx',
                './src/main.tsx',
                './src/entry-server.tsx',
              ],
              message: 'school/, catalogue/ and i18n/ sit at the bottom: they import no screens, components or routing.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'project/flow-is-routing-only',
    files: ['src/flow/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: notInFlow.map((name) => ({ name, message: 'src/flow/ holds routing only: no React, no i18n.' })),
          patterns: [{ group: ['react/*', 'react-dom/*', 'i18next/*'], message: 'src/flow/ holds routing only.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'src/flow/ knows nothing of the DOM or the URL.',
        })),
      ],
    },
  },

  // ── Node scripts and browser tests (plain JS, type-checked by tsconfig.scripts.json) ──────
  {
    name: 'project/scripts-and-e2e',
    files: ['scripts/**/*.{js,mjs}', 'tests/**/*.mjs', '*.js'],
    // they run in Node, and hand callbacks to the page (page.evaluate), which run in the browser
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    name: 'project/inline-page-scripts',
    files: ['scripts/boot-script.js', 'scripts/not-found-script.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
]);
