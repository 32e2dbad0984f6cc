/**
 * `<step>/?print=1` (the counselor page's "print this problem"): adds a QR code of the step's
 * own address for the printed sheet, then opens the print dialog once the code is drawn.
 */
import { useCallback, useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { QrCode } from '../components/qr-code';
import type { StepId } from '../flow/steps';
import { usePage } from '../routing/page-context';
import { useAbsoluteUrl } from '../routing/use-absolute-url';
import { useHydrated } from '../routing/use-hydrated';

export function PrintSheet({ step }: { step: StepId }) {
  const t = useT();
  const { lang } = usePage();
  const absolute = useAbsoluteUrl();
  const hydrated = useHydrated();
  const wanted = useMemo(() => hydrated && new URLSearchParams(location.search).get('print') === '1', [hydrated]);
  const onReady = useCallback(() => {
    window.setTimeout(() => window.print(), 200);
  }, []);
  const url = absolute(step, lang);
  if (!wanted || !url) return null;
  return (
    <aside className="print-sheet" aria-label={t('counselor.printHint')}>
      <QrCode text={url} label={t('counselor.qr', { link: url })} className="qr print-sheet__qr" onReady={onReady} />
      <p className="print-sheet__hint">
        {t('counselor.printHint')}
        <br />
        <span className="print-sheet__url">{url}</span>
      </p>
    </aside>
  );
}
