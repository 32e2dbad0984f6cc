/**
 * A page part that a screen asks for before it has loaded is a bug in the loading rules
 * (src/screens/page-parts.ts): development and tests say so loudly, production renders the page
 * without it. This file loads no part up front (each test file has its own module cache).
 */
import { afterEach, expect, it, vi } from 'vitest';
import { loadParts, part } from '../../src/screens/page-parts';

afterEach(() => vi.unstubAllEnvs());

it('throws in development and tests when a part has not loaded, naming it', () => {
  expect(() => part('map')).toThrow(/page part "map" is not loaded/);
});

it('renders without the part in production', () => {
  vi.stubEnv('DEV', false);
  expect(part('counselor')).toBeUndefined();
});

it('hands out a part once it has loaded', async () => {
  await loadParts(['map']);
  expect(part('map')?.MapPage).toBeTypeOf('function');
});
