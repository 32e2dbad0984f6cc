import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while a page renders to HTML and while it hydrates, true after (and in a page rendered in
 * the browser from the start). For what only the browser knows (today's date, the page's address,
 * what this phone kept): read it once this is true, so the first render matches the prerendered
 * HTML. React's documented way, without an effect that sets state.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
