/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/content-plugin';
import { langCodes } from './src/i18n/languages';

const school = process.env.SCHOOL || 'generic';
const siteUrl = process.env.SITE_URL || '';

export default defineConfig({
  // Relative asset URLs: dist/ works unchanged in any folder of any static host.
  base: './',
  plugins: [react(), contentPlugin({ school, siteUrl, langs: langCodes })],
  build: {
    target: 'es2020',
    assetsInlineLimit: 0,
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
