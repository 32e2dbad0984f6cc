import { RichText } from './rich-text';

/** A list of content strings (numbered steps or warnings), each rendered as rich text. */
export function TextList({
  items,
  ordered = false,
  className,
  label,
}: {
  items: unknown;
  ordered?: boolean;
  className: string;
  label?: string;
}) {
  if (!Array.isArray(items) || !items.length) return null;
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag className={className} aria-label={label}>
      {(items as string[]).map((text, i) => (
        <li key={i}>
          <RichText text={text} />
        </li>
      ))}
    </Tag>
  );
}
