/**
 * The live preview: one page of this school's site, as the zip will hold it, in a phone-width
 * frame. The frame runs no script (sandboxed); its links pick the page to show next.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadLocale } from 'virtual:locales';
import { steps, stepIds, type StepDef } from '../flow/steps';
import { guards, type GuardName } from '../flow/guards';
import { languages, type Lang } from '../i18n/languages';
import { parsePath } from '../routing/paths';
import type { School, SchoolRules } from '../school/schema';
import { pageHtml, SITE_BASE, type KitData } from './site-build';
import { useKitT } from './kit-i18n';

const pages = [...stepIds, 'counselor', 'map'];

/** The form's rules as they stand (the branches follow them even while other fields have problems). */
const isRules = (v: unknown): v is SchoolRules => typeof v === 'object' && v !== null;

/** The page's HTML made to show in the frame: its files from the kit's copy of the site, no scripts. */
function framed(text: string, path: string): string {
  const base = new URL(`${SITE_BASE}${path}`, location.href).href;
  return text
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace('<head>', `<head>\n    <base href="${base}" />`);
}

/** The step titles in zh-CN, for the page picker. */
function useTitles(): Record<string, string> {
  const [titles, setTitles] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void loadLocale('zh-CN').then((words) => {
      const all = (words.steps ?? {}) as Record<string, { title?: string }>;
      const common = (words.common ?? {}) as Record<string, Record<string, string>>;
      const clean = (s: string) => s.replace(/\[\[([^\]]+)\]\]/g, '“$1”').replace(/\{\{[^}]+\}\}/g, '…');
      if (live)
        setTitles({
          ...Object.fromEntries(Object.entries(all).map(([id, s]) => [id, clean(s.title ?? id)])),
          counselor: common.counselor?.title ?? 'counselor',
          map: common.map?.title ?? 'map',
        });
    });
    return () => {
      live = false;
    };
  }, []);
  return titles;
}

/** `school` is null while the form has problems: the frame keeps showing the last page it made. */
export function Preview({ kit, school, rules, stale }: { kit: KitData; school: School | null; rules: unknown; stale: boolean }) {
  const t = useKitT();
  const titles = useTitles();
  const [page, setPage] = useState<string>('forfeited-admission');
  const [lang, setLang] = useState<Lang>('zh-CN');
  const [doc, setDoc] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (!school) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      void pageHtml(kit, school, page, lang).then(({ path, text }) => {
        if (live) setDoc(framed(text, path));
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [kit, school, page, lang]);

  // a tap on a link inside the frame shows that page (the frame itself never navigates)
  const onLoad = () => {
    const inner = frame.current?.contentDocument;
    if (!inner) return;
    inner.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link) return;
      event.preventDefault();
      const siteRoot = new URL(SITE_BASE, location.href).href;
      if (!link.href.startsWith(siteRoot)) return;
      const rest = link.href.slice(siteRoot.length).split(/[?#]/)[0];
      const parsed = parsePath(`/${rest}`);
      if (parsed.kind === 'page') {
        setPage(parsed.page);
        setLang(parsed.lang);
      } else if (rest === '' || rest === 'index.html') setPage('start');
    });
  };

  const branches = useMemo(
    () =>
      Object.entries(steps as Record<string, StepDef>)
        .filter(([, def]) => def.requires)
        .map(([id, def]) => ({ id, guard: def.requires as GuardName, on: isRules(rules) && guards[def.requires as GuardName](rules) })),
    [rules],
  );

  return (
    <section className="kit-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.heading')}</h2>
      <div className="kit-row kit-row--wrap">
        <div className="kit-field">
          <label htmlFor="preview-page">{t('preview.step')}</label>
          <select id="preview-page" value={page} onChange={(e) => setPage(e.target.value)}>
            {pages.map((p) => (
              <option key={p} value={p}>
                {titles[p] ?? p}
              </option>
            ))}
          </select>
        </div>
        <div className="kit-field">
          <label htmlFor="preview-lang">{t('preview.language')}</label>
          <select id="preview-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {stale ? <p className="kit-note">{t('preview.stale')}</p> : null}
      <div className="kit-phone">
        {doc ? (
          <iframe
            ref={frame}
            title={t('preview.frame', { title: titles[page] ?? page })}
            sandbox="allow-same-origin"
            srcDoc={doc}
            onLoad={onLoad}
            data-page={page}
            data-lang={lang}
          />
        ) : (
          <p className="kit-note">{t('preview.loading')}</p>
        )}
      </div>
      <h3>{t('preview.branches')}</h3>
      <p className="kit-help">{t('preview.branchesHelp')}</p>
      <ul className="kit-branches">
        {branches.map((b) => (
          <li key={b.id} data-on={b.on}>
            <button type="button" className="kit-link" onClick={() => setPage(b.id)}>
              {titles[b.id] ?? b.id}
            </button>
            <span className={b.on ? 'kit-on' : 'kit-off'}>{b.on ? t('preview.on') : t('preview.off')}</span>
            <span className="kit-help">{t(`field.rules.${b.guard}.label`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
