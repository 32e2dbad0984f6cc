// What a tap paints (issue 9, docs/decisions/006-what-a-tap-does.md), in Chromium at phone width:
// the first frame after a tap shows the new step's heading (with focus) and its opening, with the
// footer kept off the screen; the rest of the step follows below it without moving anything the
// first frame showed; the address, the history entry and the title follow too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, studentContext, watchProblems, waitForHydration, headingFor, stepPath, titleFor } from './helpers.mjs';

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => site?.close());

/** Notes, in the first frame after the next click on an answer, what the student sees. */
const WATCH_FIRST_FRAME = () => {
  document.addEventListener(
    'click',
    () => {
      requestAnimationFrame(() => {
        const article = /** @type {HTMLElement} */ (document.querySelector('main article'));
        const h1 = /** @type {HTMLElement} */ (document.querySelector('main h1'));
        window.__firstFrame = {
          partial: article.hasAttribute('data-partial'),
          heading: h1.textContent,
          focused: document.activeElement === h1,
          headingTop: h1.getBoundingClientRect().top,
          text: article.textContent,
          footerTop: /** @type {HTMLElement} */ (document.querySelector('footer')).getBoundingClientRect().top,
          viewportHeight: window.innerHeight,
          scrollY: window.scrollY,
        };
      });
    },
    { capture: true, once: true },
  );
};

// a question → a fix, a question → a question, the start page → a question
/** @type {Array<[from: import('../../src/flow/steps').StepId, to: import('../../src/flow/steps').StepId]>} */
const taps = [
  ['login-problem', 'forgot-username'],
  ['register-error', 'phone-already-registered'],
  ['start', 'register-error'],
];

for (const [from, to] of taps) {
  test(`${from} → ${to}: the heading and the opening in the first frame, the rest below it a frame later`, async () => {
    const context = await studentContext(site.browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems = watchProblems(page, site.server.origin);
    await page.goto(`${site.server.origin}${stepPath(from)}`);
    await waitForHydration(page);
    await page.evaluate(WATCH_FIRST_FRAME);
    await page.locator(`a.option[href$="${to}/"]`).first().click();
    await page.waitForFunction(() => window.__firstFrame && !document.querySelector('main article[data-partial]'));
    const first = await page.evaluate(() => window.__firstFrame);
    const whole = await page.evaluate(() => ({
      text: /** @type {HTMLElement} */ (document.querySelector('main article')).textContent,
      headingTop: /** @type {HTMLElement} */ (document.querySelector('main h1')).getBoundingClientRect().top,
      scrollY: window.scrollY,
    }));
    assert.equal(first.heading.trim(), headingFor(to), 'the first frame shows the new heading');
    assert.ok(first.focused, 'with focus on it');
    assert.ok(first.partial, 'and only the opening of the step');
    assert.ok(first.footerTop >= first.viewportHeight, `the footer stays off the screen meanwhile (top at ${first.footerTop})`);
    assert.ok(whole.text.startsWith(first.text), 'the rest of the step comes after what the first frame showed');
    assert.ok(whole.text.length > first.text.length, 'and there is a rest');
    assert.equal(whole.headingTop + whole.scrollY, first.headingTop + first.scrollY, 'the heading does not move');
    await page.waitForURL((u) => u.pathname.endsWith(stepPath(to)));
    assert.ok((await page.title()).includes(titleFor(to)), 'the title names the new step');
    await page.goBack();
    await page.waitForFunction((text) => document.querySelector('main h1')?.textContent?.trim() === text, headingFor(from));
    assert.deepEqual(problems, []);
    await context.close();
  });
}
