// Never stranded, never leaking: malformed addresses, offline use, the Content-Security-Policy,
// requests to other origins, and where external links may go. Generic build, real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openSite, siteDir, watchProblems, waitForHydration, PREFIX } from './helpers.mjs';

let site;
before(async () => {
  site = await openSite('generic');
});
after(async () => site?.close());

const marker = 'xssmarker';
const payloads = [
  `<script>window.${marker}=1</script>`,
  `"><img src=x onerror="window.${marker}=1">`,
  `javascript:window.${marker}=1`,
  `<svg/onload=window.${marker}=1>`,
  `'-alert(1)-'`,
];
/** At least 50 addresses a link can be mangled into: kinds from issue 8. */
const malformed = [
  'no-such-step/',
  'no-such-step',
  'Duplicate-ID/',
  'DUPLICATE-ID',
  'duplicate-id.html',
  'duplicate_id/',
  'duplicate%2Did/',
  'dup%ZZlicate/',
  '%E9%87%8D%E5%A4%8D/',
  '重复/',
  'en/NO-SUCH/',
  'en/Duplicate-Id/',
  'zh-hant/missing/',
  'ZH-HANT/forgot-username/',
  'conscription/',
  'forfeit',
  'en/phone-registered/',
  'duplicate-id/extra/',
  'duplicate-id/extra/deeper/more/',
  'a/b/c/d/e/f/g/',
  `${'x'.repeat(300)}/`,
  `${'long-'.repeat(400)}/`,
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e/%2e%2e/package.json',
  'duplicate-id/..%2F..%2F',
  '..;/',
  '%00/',
  'duplicate-id%00/',
  '.env',
  '.git/config',
  'index.php',
  'wp-admin/',
  '?',
  '??',
  'duplicate-id/?',
  'duplicate-id/?print=0',
  'duplicate-id/?step=forfeited-admission',
  'duplicate-id/?lang=en&x=%3Cscript%3E',
  'duplicate-id/#',
  'duplicate-id/#top',
  'duplicate-id/#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'start/',
  'counselor',
  'MAP/',
  'en/',
  'EN',
  'zh-hant',
  ...payloads.map((p) => `${encodeURIComponent(p)}/`),
  ...payloads.map((p) => `duplicate-id/?q=${encodeURIComponent(p)}`),
  ...payloads.map((p) => `duplicate-id/#${encodeURIComponent(p)}`),
  ...payloads.map((p) => `en/${encodeURIComponent(p)}/`),
];

test(`${malformed.length} malformed addresses each end on a page with an h1 and a way to the start`, async () => {
  assert.ok(malformed.length >= 50);
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  for (const path of malformed) {
    problems.length = 0;
    await page.goto(site.url(path), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page
      .locator('h1')
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    const where = `${path} → ${new URL(page.url()).pathname}`;
    assert.equal(await page.locator('h1').count(), 1, `one h1 on ${where}`);
    const startLink = page.locator('a[data-to-start], a.step-nav__restart, .masthead__brand').first();
    await assert.doesNotReject(startLink.waitFor({ state: 'attached', timeout: 2000 }), `a way to the start on ${where}`);
    const href = await startLink.evaluate((a) => a.href);
    // (an address the browser itself resolves outside the site folder, like ../../x, is not ours to fix)
    if (new URL(page.url()).pathname.startsWith(PREFIX))
      assert.ok(href.startsWith(site.url('')), `start link stays in the site on ${where}: ${href}`);
    assert.equal(await page.evaluate((m) => globalThis[m], marker), undefined, `no injected script ran on ${where}`);
    const html = await page.content();
    for (const p of payloads) assert.ok(!html.includes(p), `the payload is not in the page markup on ${where}`);
    // A 404 document is logged by the browser itself; anything else is a real problem.
    const real = problems.filter(
      (p) =>
        !/status of 404|HTTP 404: .*(\/|\.html?|\.env|config|\.php|passwd|package\.json|\?|#)$/.test(p) ||
        /page error|dialog|foreign/.test(p),
    );
    // the 404 page forwarding a mistyped id to its real page cuts off its own document request
    // (and moving on to the next address aborts whatever the last page still had in flight)
    const own = `request failed: ${site.url(path).split('#')[0]}`;
    assert.deepEqual(
      real.filter(
        (p) => !p.startsWith('HTTP 404') && !p.includes('status of 404') && !p.startsWith(own) && !p.endsWith('net::ERR_ABORTED'),
      ),
      [],
      `no problems on ${where}`,
    );
  }
  await context.close();
});

test('a retired or mistyped id lands on the real step', async () => {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const [from, to] of [
    ['conscription/', 'id-registered-by-conscription/'],
    ['en/phone-registered/', 'en/phone-already-registered/'],
    ['Duplicate-ID/', 'duplicate-id/'],
    ['ZH-HANT/forgot-username/', 'zh-hant/forgot-username/'],
    ['duplicate_id', 'duplicate-id/'],
  ]) {
    await page.goto(site.url(from));
    await page.waitForFunction((want) => location.pathname === want, `${PREFIX}${to}`, { timeout: 10_000 });
    await page.locator('h1').waitFor();
    assert.equal(await page.locator('h1').count(), 1, from);
  }
  // the start link of the 404 page leads to the start, whatever the depth
  for (const path of ['nope/', 'nope/deeper/', 'a/b/c/d/']) {
    await page.goto(site.url(path));
    await page.waitForLoadState('networkidle');
    await page.locator('a[data-to-start]').click();
    await page.waitForURL((u) => u.pathname === PREFIX);
    assert.equal(await page.locator('.step[data-step="start"]').count(), 1, `start reached from ${path}`);
  }
  await context.close();
});

test('after one visit, steps open offline, by address and by clicking', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url(''));
  // the offline copy has kept what the page loaded (src/routing/offline.ts)
  await page.waitForSelector('#root[data-offline]', { state: 'attached', timeout: 20_000 });
  await context.setOffline(true);
  for (const path of ['forgot-username/', 'forfeited-admission/', 'phone-already-registered/']) {
    await page.goto(site.url(path));
    assert.ok((await page.locator('h1').textContent()).length > 0, `offline: ${path}`);
    assert.ok(await page.locator('.option, .method').count(), `offline content: ${path}`);
  }
  await page.goto(site.url(''));
  await waitForHydration(page);
  await page.locator('a.option[data-option="cannot-login"]').click();
  await page.waitForURL((u) => u.pathname.endsWith('/login-problem/'));
  await page.locator('a.option[data-option="lost-email"]').click();
  await page.waitForURL((u) => u.pathname.endsWith('/lost-email/'));
  assert.ok(await page.locator('h1').isVisible());
  // (other languages are fetched only when used: tests/e2e/offline.spec.mjs)
  await context.setOffline(false);
  await context.close();
});

test('every built page carries the Content-Security-Policy, without unsafe-inline or unsafe-eval for scripts', () => {
  const dir = siteDir('generic');
  const pages = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html')) pages.push(p);
    }
  };
  walk(dir);
  assert.ok(pages.length > 150);
  for (const p of pages) {
    const html = readFileSync(p, 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, `CSP in ${p}`);
    assert.match(csp, /default-src 'self'/, p);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    assert.ok(scriptSrc && !/unsafe-inline|unsafe-eval|\*/.test(scriptSrc), `script-src of ${p}: ${scriptSrc}`);
    assert.ok(!/<script>(?![\s\S]*data\.steps)/.test(html) || p.endsWith('404.html'), `no inline script outside 404.html: ${p}`);
  }
});

test('a full walk makes no request to another origin; every external link is on the allow-list', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page, site.server.origin);
  const external = new Set();
  const visit = async (path) => {
    await page.goto(site.url(path));
    await page.waitForLoadState('networkidle');
    for (const a of await page.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => ({ href: a.href, rel: a.rel }))))
      if (!a.href.startsWith(site.server.origin)) external.add(JSON.stringify(a));
  };
  for (const step of readdirSync(siteDir('generic')).filter(
    (f) => statSync(join(siteDir('generic'), f)).isDirectory() && f !== 'assets' && f !== 'icons' && f !== 'en' && f !== 'zh-hant',
  ))
    await visit(`${step}/`);
  await visit('');
  assert.deepEqual(
    problems.filter((p) => p.startsWith('foreign request')),
    [],
  );
  assert.ok(external.size > 0, 'the official CHSI site is linked somewhere');
  for (const raw of external) {
    const { href, rel } = JSON.parse(raw);
    assert.match(new URL(href).hostname, /(^|\.)chsi\.com\.cn$/, `external link allowed: ${href}`);
    assert.ok(rel.includes('noopener') && rel.includes('noreferrer'), `rel="noopener noreferrer" on ${href}`);
  }
  await context.close();
});
