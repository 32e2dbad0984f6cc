/**
 * The school kit: a 教务处 teacher fills in the school's facts, sees the site as a student will,
 * and downloads the school file and the whole site. Everything happens in this browser.
 */
import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { checkSchool, type Problem } from '../school/validate';
import { clearDraft, loadDraft, saveDraft } from './draft';
import { getAt, removeAt, setAt } from './fields';
import { SchoolForm } from './form';
import { useKitT } from './kit-i18n';
import { Preview } from './preview';
import { fieldName, problemTarget, problemText } from './problems';
import { readSchoolText } from './read-file';
import { loadKitData, siteFiles, zipFiles, type KitData } from './site-build';

type Json = Record<string, unknown>;
type Message = { tone: 'info' | 'error'; text: string } | null;

/** The file name to download as (a bad id is reported on its field; the download still gets a sane name). */
const fileOf = (data: Json) => `${typeof data.id === 'string' && /^[a-z0-9-]+$/.test(data.id) ? data.id : 'school'}.json`;
/** The kit's file is named after its id, whatever it is: the only id problem to report is the id's own. */
const checkedAs = (data: Json) => `${String(data.id)}.json`;

function download(bytes: BlobPart, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Kit({ onLanguage }: { onLanguage: () => void }) {
  const t = useKitT();
  const [kit, setKit] = useState<KitData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft] = useState(loadDraft);
  const [data, setData] = useState<Json | null>(() => (draft?.data as Json) ?? null);
  const [siteUrl, setSiteUrl] = useState(draft?.siteUrl ?? '');
  const [message, setMessage] = useState<Message>(draft ? { tone: 'info', text: t('draft.restored') } : null);
  const [methodsError, setMethodsError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  // a draft is kept once the teacher has done something (not for the untouched generic file)
  const [edited, setEdited] = useState(Boolean(draft));
  const [progress, setProgress] = useState<string | null>(null);

  useEffect(() => {
    loadKitData().then(
      (loaded) => {
        setKit(loaded);
        // no draft: start from the generic file
        setData((d) => d ?? (structuredClone(loaded.schools.generic) as Json));
      },
      (err: Error) => setLoadError(err.message),
    );
  }, []);
  useEffect(() => {
    if (data && edited) saveDraft({ data, siteUrl });
  }, [data, siteUrl, edited]);

  const { school, problems } = useMemo(
    () => (data ? checkSchool(data, checkedAs(data)) : { school: null, problems: [] as Problem[] }),
    [data],
  );
  const unknown = problems.filter((p) => p.kind === 'unknown-field');
  const siteUrlBad = siteUrl !== '' && !/^https?:\/\/[^\s"'<>]+$/.test(siteUrl);
  const blocking = problems.length + (methodsError ? 1 : 0) + (siteUrlBad ? 1 : 0);

  const onChange = useCallback((path: ReadonlyArray<PropertyKey>, value: unknown) => {
    setData((d) => setAt(d ?? {}, path, value));
    setEdited(true);
  }, []);

  const replace = (next: Json, text: string, keep = true) => {
    setData(structuredClone(next));
    setEdited(keep);
    setMethodsError(null);
    setFormKey((k) => k + 1);
    setMessage({ tone: 'info', text });
  };
  const confirmReplace = () => !data || window.confirm(t('start.replaceConfirm'));

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = readSchoolText(new Uint8Array(await file.arrayBuffer()), file.name);
    const name = file.name;
    if (result.kind === 'not-json') {
      setMessage({
        tone: 'error',
        text: result.line
          ? t('import.notJson', { file: name, line: result.line, column: result.column })
          : t('import.notJsonNoPlace', { file: name }),
      });
    } else if (result.kind === 'other-kind') {
      setMessage({ tone: 'error', text: t('import.otherKind', { file: name, kind: t(`import.kinds.${result.what}`) }) });
    } else if (result.kind === 'not-school') {
      setMessage({ tone: 'error', text: t('import.notSchool', { file: name }) });
    } else if (confirmReplace()) {
      replace(result.data, t('import.done', { file: name }));
    }
  };

  const onClear = () => {
    if (!window.confirm(t('draft.clearConfirm'))) return;
    clearDraft();
    setSiteUrl('');
    if (kit) replace(kit.schools.generic as Json, t('draft.cleared'), false);
  };

  const onZip = async () => {
    if (!kit || !school || blocking > 0) return;
    try {
      setProgress(t('download.working', { done: 0, total: '…' }));
      const files = await siteFiles(kit, school, siteUrl, (done, total) => {
        if (done % 10 === 0 || done === total) setProgress(t('download.working', { done, total }));
      });
      const name = `${school.id}-site.zip`;
      download(zipFiles(files) as BlobPart, 'application/zip', name);
      const pages = Object.keys(files).filter((f) => f.endsWith('index.html')).length;
      setProgress(t('download.ready', { file: name, pages }));
    } catch (err) {
      setProgress(t('download.failed', { message: (err as Error).message }));
    }
  };

  const jumpTo = (path: ReadonlyArray<PropertyKey>) => (event: React.MouseEvent) => {
    event.preventDefault();
    const el = document.getElementById(problemTarget(path));
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    (el.matches('input, select, textarea, fieldset') ? el : el.querySelector<HTMLElement>('input, select, textarea'))?.focus();
  };

  return (
    <div className="kit">
      <header className="kit-header">
        <div className="kit-header__top">
          <h1>{t('title')}</h1>
          <button
            type="button"
            className="kit-button kit-button--quiet"
            onClick={onLanguage}
            lang={t('lang') === 'English' ? 'en' : 'zh-CN'}
          >
            {t('lang')}
          </button>
        </div>
        <p>{t('intro')}</p>
        <p className="kit-help">{t('privacy')}</p>
      </header>

      {loadError ? (
        <p className="kit-message kit-message--error" role="alert">
          {loadError}
        </p>
      ) : null}

      <section className="kit-start" aria-labelledby="start-heading">
        <h2 id="start-heading">{t('start.heading')}</h2>
        <div className="kit-row kit-row--wrap">
          <button
            type="button"
            className="kit-button"
            disabled={!kit}
            onClick={() => kit && confirmReplace() && replace(kit.schools.generic as Json, t('start.generic'))}
          >
            {t('start.generic')}
          </button>
          <div className="kit-field kit-field--inline">
            <label htmlFor="start-school">{t('start.school')}</label>
            <select
              id="start-school"
              value=""
              disabled={!kit}
              onChange={(e) => {
                const id = e.target.value;
                if (kit && id && confirmReplace()) replace(kit.schools[id] as Json, `${t('start.school')}：${id}.json`);
              }}
            >
              <option value="">{t('start.schoolPick')}</option>
              {Object.entries(kit?.schools ?? {})
                .filter(([id]) => id !== 'generic')
                .map(([id, s]) => (
                  <option key={id} value={id}>
                    {String((s as Json).name ?? id)}（{id}.json）
                  </option>
                ))}
            </select>
          </div>
          <div className="kit-field kit-field--inline">
            <label htmlFor="start-import">{t('start.import')}</label>
            <input
              id="start-import"
              type="file"
              accept=".json,application/json"
              aria-describedby="start-import-help"
              onChange={(e) => void onImport(e)}
            />
            <p className="kit-help" id="start-import-help">
              {t('start.importHelp')}
            </p>
          </div>
        </div>
        <div className="kit-row kit-row--wrap kit-draft">
          {message ? (
            <p className={`kit-message kit-message--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          ) : (
            <p className="kit-help">{t('draft.saved')}</p>
          )}
          <button type="button" className="kit-button kit-button--quiet" onClick={onClear}>
            {t('draft.clear')}
          </button>
        </div>
      </section>

      {unknown.length > 0 && data ? (
        <section className="kit-message kit-message--warn" aria-labelledby="unknown-heading">
          <h2 id="unknown-heading">{t('unknown.heading', { count: unknown.length })}</h2>
          <p>{t('unknown.help')}</p>
          <ul>
            {unknown.map((p) => {
              const field = p.path.map(String).join('.');
              return (
                <li key={field}>
                  <code>{field}</code>: <code>{JSON.stringify(getAt(data, p.path))?.slice(0, 60)}</code>{' '}
                  <button
                    type="button"
                    className="kit-button kit-button--quiet"
                    onClick={() => onChange(p.path.slice(0, -1), removeAt(getAt(data, p.path.slice(0, -1)) ?? {}, p.path.slice(-1)))}
                  >
                    {t('unknown.remove', { field })}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <div className="kit-columns">
        <main className="kit-main">
          {data ? (
            <SchoolForm
              key={formKey}
              data={data}
              problems={problems}
              onChange={onChange}
              methodsError={methodsError}
              onMethodsError={setMethodsError}
            />
          ) : null}
        </main>
        <aside className="kit-aside">
          <section className="kit-problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{blocking > 0 ? t('problems.heading', { count: blocking }) : t('problems.none')}</h2>
            {blocking > 0 ? (
              <>
                <p className="kit-help">{t('problems.help')}</p>
                <ul>
                  {problems.map((p, i) => (
                    <li key={i}>
                      <a href={`#${problemTarget(p.path)}`} onClick={jumpTo(p.path)}>
                        {fieldName(t, p.path)}
                      </a>
                      ：{problemText(t, p)}
                    </li>
                  ))}
                  {methodsError ? (
                    <li>
                      <a href="#f-methods" onClick={jumpTo(['methods'])}>
                        {fieldName(t, ['methods'])}
                      </a>
                      ：{methodsError}
                    </li>
                  ) : null}
                  {siteUrlBad ? (
                    <li>
                      <a href="#site-url" onClick={jumpTo(['site-url'])}>
                        {t('download.siteUrl')}
                      </a>
                      ：{t('problem.badUrl')}
                    </li>
                  ) : null}
                </ul>
              </>
            ) : null}
          </section>

          {kit ? <Preview kit={kit} school={school} rules={data?.rules} stale={!school} /> : null}

          <section className="kit-download" aria-labelledby="download-heading">
            <h2 id="download-heading">{t('download.heading')}</h2>
            <button
              type="button"
              className="kit-button"
              disabled={!data}
              onClick={() => data && download(`${JSON.stringify(data, null, 2)}\n`, 'application/json', fileOf(data))}
            >
              {t('download.json', { file: data ? fileOf(data) : '' })}
            </button>
            <p className="kit-help">{t('download.jsonHelp')}</p>
            <div className="kit-field">
              <label htmlFor="site-url">{t('download.siteUrl')}</label>
              <p className="kit-help" id="site-url-help">
                {t('download.siteUrlHelp')}
              </p>
              <input
                id="site-url"
                type="url"
                value={siteUrl}
                spellCheck={false}
                aria-describedby="site-url-help"
                aria-invalid={siteUrlBad || undefined}
                onChange={(e) => {
                  setSiteUrl(e.target.value.trim());
                  setEdited(true);
                }}
              />
            </div>
            <button
              type="button"
              className="kit-button kit-button--primary"
              disabled={!kit || blocking > 0 || (progress !== null && progress.endsWith('…'))}
              aria-describedby="zip-help"
              onClick={() => void onZip()}
            >
              {t('download.zip')}
            </button>
            <p className="kit-help" id="zip-help">
              {blocking > 0 ? t('download.blocked') : t('download.zipHelp')}
            </p>
            {progress ? (
              <p className="kit-message" role="status" data-testid="zip-status">
                {progress}
              </p>
            ) : null}
          </section>
        </aside>
      </div>
      <footer className="kit-footer">
        <p className="kit-help">{t('footer')}</p>
      </footer>
    </div>
  );
}
