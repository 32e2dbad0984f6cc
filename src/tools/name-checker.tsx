import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import type { TFunction } from 'i18next';
import { quoteChars } from './format';
import { analyzeName, loadToSimplified, type NameAnalysis, type NameIssue } from './name-check';
import { Checker, IssueList } from './checker';

type ConverterState = { readonly status: 'loading' | 'failed' } | { readonly status: 'ready'; readonly convert: (s: string) => string };

/** Loads the traditional → simplified converter (its own chunk) once the checker is on screen. */
function useToSimplified(): ConverterState {
  const [state, setState] = useState<ConverterState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    loadToSimplified().then(
      (convert) => alive && setState({ status: 'ready', convert }),
      () => alive && setState({ status: 'failed' }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}

function issueText(t: TFunction<'tools'>, issue: NameIssue): string {
  switch (issue.id) {
    case 'dot-variant':
    case 'other-chars':
      return t(`name.issues.${issue.id}`, { chars: quoteChars(t, issue.chars) });
    case 'traditional': {
      const pairs = issue.pairs.map(([from, to]) => t('name.traditionalPair', { from, to }));
      return t('name.issues.traditional', { pairs: pairs.join(t('listSeparator')) });
    }
    default:
      return t(`name.issues.${issue.id}`);
  }
}

function NameResult({
  result,
  raw,
  converter,
}: {
  readonly result: NameAnalysis;
  readonly raw: string;
  readonly converter: ConverterState;
}) {
  const t = useT('tools');
  const suggestion = result.simplified ?? result.cleaned;
  const ready = converter.status === 'ready';
  return (
    <>
      {result.issues.length > 0 ? (
        <IssueList heading={t('name.problems', { n: result.issues.length })} issues={result.issues} say={(issue) => issueText(t, issue)} />
      ) : (
        <p className="tool__ok">{t(ready ? 'name.ok' : 'name.okNoTraditional')}</p>
      )}
      {suggestion !== raw && (
        <p className="tool__line">
          {t('name.suggestion')} <span className="tool__value">{suggestion}</span>
        </p>
      )}
      {converter.status === 'loading' && <p className="tool__note">{t('name.loading')}</p>}
      {converter.status === 'failed' && <p className="tool__note">{t('name.loadFailed')}</p>}
    </>
  );
}

/**
 * Checks a typed name on the phone: spaces, full-width letters, traditional characters (what is
 * typed stays in ./checker's state only).
 */
export function NameChecker() {
  const t = useT('tools');
  const converter = useToSimplified();
  const convert = converter.status === 'ready' ? converter.convert : undefined;
  return (
    <Checker kind="name" label={t('name.label')} hint={t('name.hint')} input={{ lang: 'zh-CN', autoCapitalize: 'off' }}>
      {(value) => {
        const result = analyzeName(value, convert);
        return result.cleaned !== '' && <NameResult result={result} raw={value} converter={converter} />;
      }}
    </Checker>
  );
}
