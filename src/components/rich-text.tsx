/**
 * Renders content text: `[[label]]` marks a label exactly as CHSI shows it (kept in simplified
 * characters in every language, with a gloss where the language has one), and official
 * addresses become links. Everything else is plain text: nothing is ever rendered as HTML.
 */
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-t';
import { useLooseT } from '../i18n/loose';
import { isAllowedHref } from '../routing/external';

const pattern = /\[\[([^\]]+)\]\]|(https?:\/\/[A-Za-z0-9.\-/_:%?=&#~]+[A-Za-z0-9/])/g;

export function RichText({ text }: { text: string }) {
  const i18n = useI18n();
  const t = useLooseT('glossary');
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const [whole, label, url] = match;
    if (label !== undefined) {
      const gloss = i18n.exists(label, { ns: 'glossary' }) ? t(label) : '';
      parts.push(
        <span className="chsi" key={match.index}>
          <span lang="zh-CN">{label}</span>
          {gloss ? <span className="chsi__gloss"> ({gloss})</span> : null}
        </span>,
      );
    } else if (url !== undefined && isAllowedHref(url)) {
      parts.push(<ExternalLink key={match.index} href={url} />);
    } else {
      parts.push(whole);
    }
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}

export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isAllowedHref(href)) return <>{children ?? href}</>;
  return (
    <a className="external" href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
