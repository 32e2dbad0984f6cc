import { useT } from '../i18n/use-t';
import type { TFunction } from 'i18next';
import { CopyText } from '../components/copy-button';
import { quoteChars } from './format';
import { analyzeId, type IdAnalysis, type IdIssue, type NonMainlandKind } from './id-number';
import { useHref, usePage } from '../routing/page-context';
import { Checker, IssueList } from './checker';

export interface IdCheckerProps {
  /** Also show the 15-digit form with a copy button (the conscription case, catalogue §7.1). */
  readonly showId15?: boolean;
}

function issueText(t: TFunction<'tools'>, issue: IdIssue): string {
  switch (issue.id) {
    case 'bad-chars':
      return t('id.issues.bad-chars', { chars: quoteChars(t, issue.chars) });
    case 'wrong-length':
      return t('id.issues.wrong-length', { length: issue.length });
    case 'bad-birth-date':
      return t(`id.issues.bad-birth-date.${issue.problem}`, { digits: issue.digits });
    case 'bad-check-digit':
      return t('id.issues.bad-check-digit', { expected: issue.expected, actual: issue.actual });
    default:
      return t(`id.issues.${issue.id}`);
  }
}

const nonMainland: ReadonlySet<string> = new Set<NonMainlandKind>(['hk-id', 'mo-id', 'tw-permit', 'tw-id']);
const HK_MO_TW_PAGE = 'hk-mo-tw-id-number';

function IdResult({ result, showId15 }: { readonly result: IdAnalysis; readonly showId15: boolean }) {
  const t = useT('tools');
  const href = useHref();
  const { page } = usePage();
  // a Hong Kong, Macau or Taiwan number: the page that explains which number to use, one tap away
  const explain = page !== HK_MO_TW_PAGE && result.issues.some((i) => nonMainland.has(i.id));
  const [year, month, day] = (result.birthDate ?? '').split('-').map(Number);
  const first = result.issues[0];
  // Still typing: a short number with nothing else wrong gets a neutral count, not an error.
  if (result.issues.length === 1 && first.id === 'wrong-length' && first.length < 18) {
    return <p className="tool__note">{t('id.progress', { length: first.length })}</p>;
  }
  return (
    <>
      {result.issues.length > 0 && (
        <IssueList heading={t('id.problems', { n: result.issues.length })} issues={result.issues} say={(issue) => issueText(t, issue)} />
      )}
      {explain && (
        <p className="tool__line">
          <a href={href(HK_MO_TW_PAGE)}>{t('id.nonMainlandLink')}</a>
        </p>
      )}
      {result.valid && <p className="tool__ok">{t(result.issues.length > 0 ? 'id.okAfterCleaning' : 'id.ok')}</p>}
      <p className="tool__line">
        {t(result.valid ? 'id.cleaned' : 'id.cleanedUnsure')} <code className="tool__value">{result.cleaned}</code>
      </p>
      {result.valid && <p className="tool__line">{t('id.birthDate', { year, month, day })}</p>}
      {result.valid && <p className="tool__note">{t('id.okNote')}</p>}
      {showId15 && result.valid && result.id15 && (
        <section className="tool__id15" aria-label={t('id.id15Title')}>
          <p className="tool__line tool__strong">{t('id.id15Title')}</p>
          <p className="tool__note">{t('id.id15Rule')}</p>
          <CopyText
            text={result.id15}
            label={t('id.copy')}
            className="copy--value"
            words={{ copied: t('copied'), failed: t('copyFailed') }}
          />
          <p className="tool__note">{t('id.id15Only')}</p>
        </section>
      )}
    </>
  );
}

/** Checks a typed ID number on the phone (what is typed stays in ./checker's state only). */
export function IdChecker({ showId15 = false }: IdCheckerProps) {
  const t = useT('tools');
  return (
    <Checker kind="id" label={t('id.label')} hint={t('id.hint')} input={{ autoCapitalize: 'characters' }}>
      {(value) => {
        const result = analyzeId(value);
        return result.cleaned !== '' && <IdResult result={result} showId15={showId15} />;
      }}
    </Checker>
  );
}
