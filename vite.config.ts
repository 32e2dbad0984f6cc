/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin, readLocale } from './scripts/content-plugin';
import { everyRuleSet, mapLayoutPlugin } from './scripts/map-layout';
import { langCodes } from './src/i18n/languages';

const school = process.env.SCHOOL || 'generic';
const siteUrl = process.env.SITE_URL || '';
// another content folder (tests build a broken copy); default content/
const contentDir = process.env.CONTENT_DIR || undefined;
export default defineConfig({
  // Relative asset URLs: dist/ works unchanged in any folder of any static host.
  base: './',
  plugins: [
    react(),
    contentPlugin({ school, siteUrl, langs: langCodes, contentDir }),
    mapLayoutPlugin({
      rules: everyRuleSet,
      locales: () => langCodes.map((l) => readLocale(l, contentDir)),
    }),
  ],
  build: {
    target: 'es2020',
    assetsInlineLimit: 0,
    // the boot script (scripts/boot-script.js) adds the preload links before the main script runs,
    // so a polyfill inside the main script would come too late to help
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Code the page's main script shares with the chunks loaded later goes in one "shared"
        // chunk, not in a dozen small ones (each would be a request on a slow network). The
        // helpers' own code (src/tools/: the checkers' shell, shared by the two checkers' chunks)
        // stays out of it: the start page loads the shared chunk, and shows no helper.
        codeSplitting: {
          groups: [{ name: 'shared', minShareCount: 2, test: (id: string) => !id.endsWith('.css') && !id.includes('/src/tools/') }],
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // a test that renders every step of a school takes seconds on a busy 2-core machine: no race with the 5 s default
    testTimeout: 30_000,
  },
});
