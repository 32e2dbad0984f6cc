// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DeadlineBanner, deadlineState } from '../../src/components/deadline-banner';
import { createI18n, type LocaleBundle } from '../../src/i18n/i18n';
import { readLocale, readSchool } from '../../scripts/content-plugin';

const cqwu = readSchool('cqwu'); // window 2023-10-11 to 2023-11-20
const day = (iso: string) => new Date(`${iso}T09:00:00`);

describe('deadline', () => {
  it.each([
    ['2023-10-01', { kind: 'before' }],
    ['2023-11-10', { kind: 'open', daysLeft: 10 }],
    ['2023-11-20', { kind: 'last-day' }],
    ['2023-11-21', { kind: 'passed' }],
  ])('on %s the window is %o', (iso, state) => {
    expect(deadlineState(cqwu.window, day(iso))).toEqual(state);
  });

  it('has nothing to say for a school without a window', () => {
    expect(deadlineState(readSchool('generic').window, day('2023-11-10'))).toEqual({ kind: 'none' });
  });

  it('shows the days left, and once passed, whom to contact', async () => {
    const i18n = createI18n('zh-CN', readLocale('zh-CN') as LocaleBundle);
    const { unmount } = render(
      <I18nextProvider i18n={i18n}>
        <DeadlineBanner school={cqwu} now={() => day('2023-11-10')} />
      </I18nextProvider>,
    );
    expect((await screen.findByRole('status')).textContent).toContain('10');
    unmount();
    render(
      <I18nextProvider i18n={i18n}>
        <DeadlineBanner school={cqwu} now={() => day('2023-12-01')} />
      </I18nextProvider>,
    );
    const passed = await screen.findByText(/已经过了/);
    expect(passed.textContent).toContain('辅导员');
  });
});
