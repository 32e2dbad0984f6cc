// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { ReactNode } from 'react';
import tools from '../../content/locales/zh-CN/tools.json';
import { IdChecker } from '../../src/tools/id-checker';
import { NameChecker } from '../../src/tools/name-checker';
import { PageProvider } from '../../src/routing/page-context';

const SAMPLE = '11010519491231002X';

function createI18n() {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'zh-CN',
    fallbackLng: false,
    ns: ['tools'],
    defaultNS: 'tools',
    resources: { 'zh-CN': { tools } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

function renderWithI18n(ui: ReactNode) {
  return render(<I18nextProvider i18n={createI18n()}>{ui}</I18nextProvider>);
}

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    get: () => (writeText ? { writeText } : undefined),
  });
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('IdChecker', () => {
  it('has a labelled input that is never submitted or remembered', () => {
    renderWithI18n(<IdChecker />);
    const input = screen.getByLabelText(tools.id.label);
    expect(input.getAttribute('name')).toBeNull();
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.closest('form')).toBeNull();
    expect(screen.getByText(tools.privacy)).toBeTruthy();
    expect(document.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  it('shows a trailing space and a lower-case x, and the cleaned number', async () => {
    const user = userEvent.setup();
    renderWithI18n(<IdChecker />);
    await user.type(screen.getByLabelText(tools.id.label), '11010519491231002x ');
    expect(await screen.findByText(tools.id.issues['trailing-space'])).toBeTruthy();
    expect(screen.getByText(tools.id.issues['lowercase-x'])).toBeTruthy();
    expect(screen.getByText(SAMPLE)).toBeTruthy();
    expect(screen.getByText(tools.id.okAfterCleaning)).toBeTruthy();
    expect(screen.queryByText('110105491231002')).toBeNull(); // no 15-digit form unless asked
  });

  it('while the number is still short, counts digits instead of showing an error', async () => {
    const user = userEvent.setup();
    renderWithI18n(<IdChecker />);
    await user.type(screen.getByLabelText(tools.id.label), '110105');
    expect(await screen.findByText('已输入 6 位，身份证号一共18位。')).toBeTruthy();
    expect(screen.queryByText(/应该是18位/)).toBeNull();
  });

  it('a Hong Kong number: says so and links the page on Hong Kong, Macau and Taiwan numbers (not from that page itself)', async () => {
    const user = userEvent.setup();
    renderWithI18n(
      <PageProvider value={{ page: 'duplicate-id', lang: 'zh-CN' }}>
        <IdChecker />
      </PageProvider>,
    );
    await user.type(screen.getByLabelText(tools.id.label), 'A123456(7)');
    expect(await screen.findByText(tools.id.issues['hk-id'])).toBeTruthy();
    const link = screen.getByRole('link', { name: tools.id.nonMainlandLink });
    expect(link.getAttribute('href')).toBe('../hk-mo-tw-id-number/');
    cleanup();
    renderWithI18n(
      <PageProvider value={{ page: 'hk-mo-tw-id-number', lang: 'zh-CN' }}>
        <IdChecker />
      </PageProvider>,
    );
    await user.type(screen.getByLabelText(tools.id.label), 'A123456(7)');
    expect(await screen.findByText(tools.id.issues['hk-id'])).toBeTruthy();
    expect(screen.queryByRole('link', { name: tools.id.nonMainlandLink })).toBeNull();
  });

  it('a mainland number has no such link', async () => {
    const user = userEvent.setup();
    renderWithI18n(<IdChecker />);
    await user.type(screen.getByLabelText(tools.id.label), SAMPLE);
    expect(await screen.findByText(tools.id.ok)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('names the expected check character when the number does not add up', async () => {
    const user = userEvent.setup();
    renderWithI18n(<IdChecker />);
    await user.type(screen.getByLabelText(tools.id.label), '110105194912310021');
    expect(await screen.findByText(/最后一位应该是 X，你输入的是 1/)).toBeTruthy();
  });

  it('with showId15, shows the 15-digit form and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    stubClipboard(writeText);
    renderWithI18n(<IdChecker showId15 />);
    await user.type(screen.getByLabelText(tools.id.label), SAMPLE);
    expect(await screen.findByText('110105491231002')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: tools.id.copy }));
    expect(writeText).toHaveBeenCalledWith('110105491231002');
    expect(await screen.findByText(tools.copied)).toBeTruthy();
  });

  it('says to copy by hand when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    stubClipboard(undefined);
    renderWithI18n(<IdChecker showId15 />);
    await user.type(screen.getByLabelText(tools.id.label), SAMPLE);
    await user.click(await screen.findByRole('button', { name: tools.id.copy }));
    expect(await screen.findByText(tools.copyFailed)).toBeTruthy();
    expect(window.getSelection()?.toString()).toBe('110105491231002');
  });

  it('hides the 15-digit form while the number is wrong', async () => {
    const user = userEvent.setup();
    renderWithI18n(<IdChecker showId15 />);
    await user.type(screen.getByLabelText(tools.id.label), '110105194912310021');
    await screen.findByText(/最后一位应该是/);
    expect(screen.queryByRole('button', { name: tools.id.copy })).toBeNull();
  });
});

describe('privacy', () => {
  it('typing writes nothing to storage, cookies, the URL or the console, and fetches nothing', async () => {
    const user = userEvent.setup();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const cookie = vi.spyOn(document, 'cookie', 'set');
    const pushState = vi.spyOn(history, 'pushState');
    const replaceState = vi.spyOn(history, 'replaceState');
    const logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const url = location.href;

    renderWithI18n(
      <>
        <IdChecker showId15 />
        <NameChecker />
      </>,
    );
    await user.type(screen.getByLabelText(tools.id.label), ` ${SAMPLE.toLowerCase()} `);
    await user.type(screen.getByLabelText(tools.name.label), '張 偉');
    await screen.findByText(/張→张/);

    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(cookie).not.toHaveBeenCalled();
    expect(document.cookie).toBe('');
    expect(pushState).not.toHaveBeenCalled();
    expect(replaceState).not.toHaveBeenCalled();
    expect(location.href).toBe(url);
    for (const log of logs) expect(log).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('what was typed is gone after the checker unmounts', async () => {
    const user = userEvent.setup();
    const first = renderWithI18n(<IdChecker />);
    await user.type(screen.getByLabelText(tools.id.label), SAMPLE);
    first.unmount();
    renderWithI18n(<IdChecker />);
    expect((screen.getByLabelText(tools.id.label) as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(SAMPLE)).toBeNull();
  });
});

describe('NameChecker', () => {
  it('flags traditional characters once the converter has loaded', async () => {
    const user = userEvent.setup();
    renderWithI18n(<NameChecker />);
    const input = screen.getByLabelText(tools.name.label);
    expect(input.getAttribute('name')).toBeNull();
    expect(input.closest('form')).toBeNull();
    await user.type(input, '張偉');
    expect(await screen.findByText(/張→张、偉→伟/)).toBeTruthy();
    expect(screen.getByText('张伟')).toBeTruthy();
    expect(screen.queryByText(tools.name.loading)).toBeNull();
  });

  it('flags spaces, and accepts "·" and a simplified name', async () => {
    const user = userEvent.setup();
    renderWithI18n(<NameChecker />);
    const input = screen.getByLabelText(tools.name.label);
    await user.type(input, '王 芳');
    expect(await screen.findByText(tools.name.issues.spaces)).toBeTruthy();
    expect(screen.getByText('王芳')).toBeTruthy();
    await user.clear(input);
    await user.type(input, '买买提·艾力');
    expect(await screen.findByText(tools.name.ok)).toBeTruthy();
  });
});
