// @vitest-environment jsdom
/** The start, question and fix screens, found by role and label as a student would. */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, words } from '../helpers/render-app';

const zh = words();
const steps = zh.steps;
const procedures = zh.procedures;

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe('start screen', () => {
  it('asks what is happening, with every answer a link, and CHSI messages to pick from', async () => {
    await renderApp({ page: 'start' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(steps.start.legend);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const registerError = screen.getByRole('link', { name: steps.start.options['register-error'] });
    expect(registerError.getAttribute('href')).toBe('register-error/');
    // at most eight answers on the first screen; CHSI's exact messages and the rest behind disclosures
    const answers = screen.getAllByRole('link').filter((a) => a.closest('.options') && !a.closest('details'));
    expect(answers.length).toBeLessThanOrEqual(8);
    const messages = screen.getByText(zh.common.search.messages).closest('details')!;
    expect(
      within(messages)
        .getByRole('link', { name: /证件号码已被注册/ })
        .getAttribute('href'),
    ).toBe('id-already-registered/');
  });

  it('moves to the chosen step, names it in the title and focuses its heading', async () => {
    await renderApp({ page: 'start' });
    await userEvent.click(screen.getByRole('link', { name: steps.start.options['register-error'] }));
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe(steps['register-error'].legend);
    expect(document.activeElement).toBe(h1);
    // the title and the address follow once the new step has been painted
    await waitFor(() => expect(document.title).toContain(steps['register-error'].title));
    expect(location.pathname).toBe('/register-error/');
  });
});

describe('question screen', () => {
  it('offers its answers as links to the next steps, with back and restart', async () => {
    await renderApp({ page: 'phone-already-registered' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(steps['phone-already-registered'].legend);
    const notOwn = screen.getByRole('link', { name: steps['phone-already-registered'].options['not-own'] });
    expect(notOwn.getAttribute('href')).toBe('../phone-already-registered-not-own/');
    // opened cold, the way back is the shortest way here: the start page's CHSI-message shortcut
    expect(screen.getByRole('link', { name: zh.common.nav.back }).getAttribute('href')).toBe('../');
    expect(screen.getByRole('link', { name: zh.common.nav.restart }).getAttribute('href')).toBe('../');
    await userEvent.click(notOwn);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(steps['phone-already-registered-not-own'].title);
    // the step's heading and opening come first, the way back a frame later
    await userEvent.click(await screen.findByRole('link', { name: zh.common.nav.back }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(steps['phone-already-registered'].legend);
  });

  it('shows the answers so far as a breadcrumb (opened cold: the usual way, and it says so)', async () => {
    await renderApp({ page: 'id-message-when' });
    const trail = screen.getByRole('navigation', { name: zh.common.nav.trailUsual });
    await userEvent.click(within(trail).getByText(new RegExp(zh.common.nav.trailUsual)));
    expect(within(trail).getByText(zh.common.nav.trailUsualNote)).toBeTruthy();
    expect(within(trail).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(within(trail).getByRole('link', { name: steps['id-already-registered'].title }).getAttribute('href')).toBe(
      '../id-already-registered/',
    );
  });
});

describe('fix screen', () => {
  it('lists methods in the school order, recommended first and discouraged marked, with "did it work?"', async () => {
    await renderApp({ school: 'cqwu', page: 'duplicate-id' });
    const methods = screen.getByRole('region', { name: zh.common.fix.methods });
    const titles = within(methods)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles[0]).toBe(procedures['dup-record-info'].title);
    // the notice's methods, then the wizard's own way on: ask the counselor or 教务处
    expect(titles.at(-2)).toBe(procedures['dup-cs-photo-review'].title);
    expect(titles.at(-1)).toBe(procedures['ask-counselor'].title);
    const first = within(methods).getAllByRole('article')[0];
    expect(within(first).getByText(zh.common.fix.recommended)).toBeTruthy();
    const last = within(methods).getAllByRole('article').at(-2)!;
    expect(within(last).getByText(zh.common.fix.discouraged)).toBeTruthy();
    expect(within(last).getByText(zh.common.reasons.slow)).toBeTruthy();
    const outcome = screen.getByRole('region', { name: zh.common.groups.outcome });
    expect(within(outcome).getByRole('link', { name: zh.common.options.worked }).getAttribute('href')).toBe('../open-record/');
    expect(screen.getByRole('region', { name: zh.common.fix.sources }).textContent).toContain('重庆文理学院');
  });

  it('in the generic build, labels every method with the notice it comes from', async () => {
    await renderApp({ school: 'generic', page: 'duplicate-id' });
    const methods = screen.getByRole('region', { name: zh.common.fix.methods });
    const articles = within(methods).getAllByRole('article');
    const own = articles.filter((m) => m.querySelector('h3')?.textContent === procedures['ask-counselor'].title);
    expect(own).toHaveLength(1);
    expect(own[0]!.querySelector('.sources--method')?.textContent).toBe(zh.common.fix.notFromNotice);
    for (const m of articles.filter((a) => !own.includes(a)))
      expect(m.querySelector('.sources--method')?.textContent).toMatch(/重庆文理学院|江西服装学院|湖南财政经济学院/);
  });
});

describe('each school shows its own facts', () => {
  it('cqwu: forfeited admission names the office, room and what to bring', async () => {
    await renderApp({ school: 'cqwu', page: 'forfeited-admission' });
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('教务处学务科');
    expect(main.textContent).toContain('红河知津楼D105室');
    expect(main.textContent).toContain('录取通知书');
  });

  it('hufe: a name change means registering with the admission name', async () => {
    await renderApp({ school: 'hufe', page: 'name-changed' });
    const titles = within(screen.getByRole('region', { name: zh.common.fix.methods })).getAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent)).toEqual([procedures['name-admission'].title, procedures['ask-counselor'].title]);
  });

  it('jift: duplicate ID puts the Android app first, recommended', async () => {
    await renderApp({ school: 'jift', page: 'duplicate-id' });
    const first = within(screen.getByRole('region', { name: zh.common.fix.methods })).getAllByRole('article')[0];
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe(procedures['app-real-person'].title);
    expect(within(first).getByText(zh.common.fix.recommended)).toBeTruthy();
    expect(within(first).getByText(zh.common.reasons['android-only'])).toBeTruthy();
  });

  it("generic: no office is stated as a general rule; each school's office is shown under its name", async () => {
    await renderApp({ school: 'generic', page: 'forfeited-admission' });
    const main = screen.getByRole('main');
    expect(main.textContent).toContain(zh.common.office.noneGeneric);
    const cq23 = main.querySelector('[data-source="cq23"]')!;
    expect(cq23.textContent).toContain('重庆文理学院 2023 年');
    expect(cq23.textContent).toContain('红河知津楼D105室');
  });

  it("jift: forfeited admission says its notice is silent, and shows 重庆文理学院 2023 only as another school's", async () => {
    await renderApp({ school: 'jift', page: 'forfeited-admission' });
    const main = screen.getByRole('main');
    expect(main.textContent).toContain(zh.common.fix.schoolSilent);
    expect(main.textContent).toContain(zh.common.office.none);
    expect(main.querySelector('[data-source="cq23"]')!.textContent).toContain('重庆文理学院 2023 年');
    // its sources list names only the notice the page used
    const sources = screen.getByRole('region', { name: zh.common.fix.sources }).textContent;
    expect(sources).toContain('重庆文理学院');
    expect(sources).not.toContain('江西服装学院');
  });

  it('cqwu: where its notice gives its own version (the classmate request button), no other version is shown', async () => {
    await renderApp({ school: 'cqwu', page: 'duplicate-id' });
    const methods = screen.getByRole('region', { name: zh.common.fix.methods });
    expect(methods.textContent).toContain(`${zh.common.attrib.own}填好同学姓名`);
    expect(methods.textContent).not.toContain('江西服装学院');
    expect(methods.textContent).not.toContain('发送协助请求');
  });

  it("cqwu: its own facts speak as its own, without another school's name", async () => {
    await renderApp({ school: 'cqwu', page: 'forfeited-admission' });
    const main = screen.getByRole('main');
    expect(main.textContent).toContain(zh.common.attrib.own);
    expect(main.textContent).not.toMatch(/江西服装学院|湖南财政经济学院/);
  });
});

describe('beside the name checker', () => {
  it("reminds the student of the school's name-change rule, with a link to the details", async () => {
    await renderApp({ school: 'hufe', page: 'register-form' });
    const rule = await screen.findByText((_, el) => el?.classList.contains('helpers__rule') ?? false);
    expect(rule.textContent).toContain(procedures['name-admission'].title);
    expect(within(rule).getByRole('link').getAttribute('href')).toBe('../name-changed/');
  });

  it('in the generic build, says the schools differ and names each rule', async () => {
    await renderApp({ school: 'generic', page: 'register-form' });
    const rule = await screen.findByText((_, el) => el?.classList.contains('helpers__rule') ?? false);
    for (const p of ['name-new-if-filed', 'name-admission']) expect(rule.textContent).toContain(procedures[p].title);
  });
});

describe('the summary for the counselor', () => {
  it('lists the answers that led to "other problem", and nothing typed', async () => {
    await renderApp({ page: 'other-problem' });
    const summary = screen.getByRole('region', { name: zh.common.summary.title });
    const text = summary.querySelector('pre')!.textContent!;
    expect(text.split('\n')[0]).toBe(zh.common.summary.heading);
    expect(text).toContain(steps['other-problem'].title);
  });
});

describe('after a tap', () => {
  /** The step's article as the first frame after the tap shows it, and once it is whole. */
  async function tapAndWatch(link: Element) {
    // a bare click event, read at once: before any frame could be painted
    act(() => void fireEvent.click(link));
    const article = document.querySelector('main article')!;
    const first = {
      partial: article.hasAttribute('data-partial'),
      text: article.textContent ?? '',
      h1: screen.getByRole('heading', { level: 1 }),
    };
    await waitFor(() => expect(document.querySelector('main article')!.hasAttribute('data-partial')).toBe(false));
    return { first, whole: document.querySelector('main article')!.textContent ?? '' };
  }

  it('shows the heading and the opening of the step at once, then the rest below it, never moving what was shown', async () => {
    const kinds = new Set<string>();
    // the main answers of the start page (questions) and of a question that leads to fixes
    const mainAnswers = () => [...document.querySelectorAll('main article .options')[0].querySelectorAll('a.option')];
    for (const page of ['start', 'login-problem'] as const) {
      await renderApp({ page });
      const count = mainAnswers().length;
      cleanup();
      for (let i = 0; i < count; i++) {
        await renderApp({ page });
        const link = mainAnswers()[i];
        const name = link.textContent;
        const tap = await tapAndWatch(link);
        const kind = document.querySelector('main article')!.className;
        kinds.add(kind.replace(/^step /, ''));
        expect(tap.first.partial, `${name}: the first frame shows part of the step`).toBe(true);
        expect(document.activeElement, `${name}: focus is on the heading from the first frame`).toBe(tap.first.h1);
        expect(tap.whole.startsWith(tap.first.text), `${name}: the rest comes after what was shown`).toBe(true);
        expect(tap.whole.length).toBeGreaterThan(tap.first.text.length);
        if (kind.includes('step--question')) {
          // a question's answers are there from the first frame
          const answer = document.querySelector('main article .options a.option')!;
          expect(tap.first.text).toContain(answer.textContent);
        }
        cleanup();
      }
    }
    expect([...kinds].sort()).toEqual(['step--fix', 'step--info', 'step--question']);
    // about 20 renders and taps (2–3 s idle, over 5 s on a loaded 2-core machine); the timeout
    // only stops a hang, nothing here is timed
  }, 30_000);
});
