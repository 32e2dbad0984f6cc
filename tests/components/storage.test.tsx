// @vitest-environment jsdom
/** Bad or unavailable storage never breaks the wizard; a good record offers "continue". */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESUME_KEY, RESUME_VERSION } from '../../src/routing/storage';
import { renderApp, words } from '../helpers/render-app';

const zh = words();
const continuePrefix = zh.common.nav.continue.split('{{')[0];

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(() => vi.restoreAllMocks());

describe('save and resume', () => {
  it('offers to continue where the student left off, and goes there', async () => {
    localStorage.setItem(
      RESUME_KEY,
      JSON.stringify({
        v: RESUME_VERSION,
        step: 'forgot-username',
        trail: [
          { step: 'start', option: 'cannot-login' },
          { step: 'login-problem', option: 'forgot-username' },
        ],
        savedAt: Date.now(),
      }),
    );
    await renderApp({ page: 'start' });
    const link = await screen.findByRole('link', { name: new RegExp(continuePrefix) });
    expect(link.textContent).toContain(zh.steps['forgot-username'].title);
    await userEvent.click(link);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zh.steps['forgot-username'].title);
  });

  it('saves the step and answers, and nothing else, as the student moves', async () => {
    await renderApp({ page: 'start' });
    await userEvent.click(screen.getByRole('link', { name: zh.steps.start.options['cannot-login'] }));
    // saved once the new step has been painted
    await waitFor(() => expect(localStorage.getItem(RESUME_KEY)).not.toBeNull());
    const saved = JSON.parse(localStorage.getItem(RESUME_KEY)!);
    expect(saved).toMatchObject({ v: RESUME_VERSION, step: 'login-problem', trail: [{ step: 'start', option: 'cannot-login' }] });
    expect(Object.keys(saved).sort()).toEqual(['savedAt', 'step', 'trail', 'v']);
  });

  it('remembers a step opened by its address (a shared link, or a page load in WeChat), not the start', async () => {
    await renderApp({ page: 'start' });
    expect(localStorage.getItem(RESUME_KEY)).toBeNull();
    await renderApp({ page: 'forgot-username' });
    expect(JSON.parse(localStorage.getItem(RESUME_KEY)!)).toMatchObject({
      v: RESUME_VERSION,
      step: 'forgot-username',
      trail: [
        { step: 'start', option: 'cannot-login' },
        { step: 'login-problem', option: 'forgot-username' },
      ],
    });
  });

  it.each([
    ['corrupted', '{not json'],
    ['foreign', JSON.stringify({ hello: 'world' })],
    ['old version', JSON.stringify({ v: 1, step: 'duplicate-id', trail: [], savedAt: Date.now() })],
  ])('ignores a %s record without an error', async (_n, raw) => {
    localStorage.setItem(RESUME_KEY, raw);
    const errors = vi.spyOn(console, 'error');
    await renderApp({ page: 'start' });
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('link', { name: new RegExp(continuePrefix) })).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it('works on when storage is unavailable (private mode, quota full)', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await renderApp({ page: 'start' });
    await userEvent.click(screen.getByRole('link', { name: zh.steps.start.options['cannot-login'] }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(zh.steps['login-problem'].legend);
  });
});
