/** The kit's form: one input per field of the school file, with the README's help and its problems. */
import { useState, type ReactNode } from 'react';
import type { Problem } from '../school/validate';
import { blockWords, emptyBlock, fieldId, getAt, groups, subFields, type FieldDef, type FieldKind } from './fields';
import { problemText } from './problems';
import { useKitT } from './kit-i18n';

type Path = ReadonlyArray<PropertyKey>;
type Set = (path: Path, value: unknown) => void;

interface FormProps {
  data: Record<string, unknown>;
  problems: ReadonlyArray<Problem>;
  onChange: Set;
  methodsError: string | null;
  onMethodsError: (error: string | null) => void;
}

const same = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => String(k) === String(b[i]));

export function SchoolForm({ data, problems, onChange, methodsError, onMethodsError }: FormProps) {
  const t = useKitT();
  return (
    <form className="kit-form" onSubmit={(e) => e.preventDefault()} noValidate>
      {groups.map((group) => (
        <section key={group.id} className="kit-group" aria-labelledby={`g-${group.id}`}>
          <h2 id={`g-${group.id}`}>{t(`groups.${group.id}`)}</h2>
          <p className="kit-help">{t(`groupHelp.${group.id}`)}</p>
          {group.fields.map((def) => (
            <FieldInput
              key={def.path.join('.')}
              def={def}
              data={data}
              problems={problems}
              onChange={onChange}
              methodsError={methodsError}
              onMethodsError={onMethodsError}
            />
          ))}
        </section>
      ))}
    </form>
  );
}

/** The problems on exactly this path (sub-fields show their own). */
function Errors({ id, problems, path, extra }: { id: string; problems: ReadonlyArray<Problem>; path: Path; extra?: string | null }) {
  const t = useKitT();
  const own = problems.filter((p) => same(p.path, path) && p.kind !== 'unknown-field');
  if (own.length === 0 && !extra) return null;
  return (
    <p className="kit-error" id={`${id}-error`}>
      {[...own.map((p) => problemText(t, p)), ...(extra ? [extra] : [])].join('；')}
    </p>
  );
}

const hasError = (problems: ReadonlyArray<Problem>, path: Path) => problems.some((p) => same(p.path, path) && p.kind !== 'unknown-field');

function describedBy(id: string, help: string, error: boolean) {
  return [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

interface InputProps {
  path: Path;
  kind: FieldKind | 'text' | 'int?';
  label: string;
  help: string;
  value: unknown;
  problems: ReadonlyArray<Problem>;
  onChange: Set;
}

/** A single value: text, a date, a web address, yes/no, a number, or a list of texts. */
function ValueInput({ path, kind, label, help, value, problems, onChange }: InputProps) {
  const t = useKitT();
  const id = fieldId(path);
  const error = hasError(problems, path);
  const helpEl = help ? (
    <p className="kit-help" id={`${id}-help`}>
      {help}
    </p>
  ) : null;

  if (kind === 'bool') {
    return (
      <div className="kit-field kit-field--check">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(path, e.target.checked)}
          aria-describedby={describedBy(id, help, error)}
        />
        <div>
          <label htmlFor={id}>{label}</label>
          {helpEl}
          <Errors id={id} problems={problems} path={path} />
        </div>
      </div>
    );
  }

  if (kind === 'list') {
    const items = Array.isArray(value) ? (value as unknown[]) : [];
    return (
      <fieldset className="kit-field kit-list" id={id} tabIndex={-1} aria-describedby={describedBy(id, help, error)}>
        <legend>{label}</legend>
        {helpEl}
        {items.length === 0 ? <p className="kit-empty">{t('list.empty')}</p> : null}
        <ol>
          {items.map((item, i) => {
            const itemId = fieldId([...path, i]);
            return (
              <li key={i}>
                <label className="kit-visually-hidden" htmlFor={itemId}>
                  {`${label} ${t('list.item', { n: i + 1 })}`}
                </label>
                <input
                  id={itemId}
                  type="text"
                  value={typeof item === 'string' ? item : ''}
                  aria-invalid={hasError(problems, [...path, i]) || undefined}
                  onChange={(e) => onChange([...path, i], e.target.value)}
                />
                <button
                  type="button"
                  className="kit-button kit-button--quiet"
                  onClick={() =>
                    onChange(
                      path,
                      items.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('list.remove', { n: i + 1 })}
                </button>
                <Errors id={itemId} problems={problems} path={[...path, i]} />
              </li>
            );
          })}
        </ol>
        <button type="button" className="kit-button" onClick={() => onChange(path, [...items, ''])}>
          {t('list.add')}
        </button>
        <Errors id={id} problems={problems} path={path} />
      </fieldset>
    );
  }

  const nullable = kind === 'text?' || kind === 'date?' || kind === 'int?';
  const notSaid = nullable && value === null;
  const type = kind === 'date?' ? 'date' : kind === 'url' ? 'url' : kind === 'int?' ? 'number' : 'text';
  const shown = value === null || value === undefined ? '' : String(value);
  const parse = (raw: string): unknown => (kind === 'int?' ? (raw === '' ? '' : Number(raw)) : raw);
  return (
    <div className="kit-field">
      <label htmlFor={id}>{label}</label>
      {helpEl}
      <div className="kit-row">
        <input
          id={id}
          type={type}
          value={shown}
          disabled={notSaid}
          inputMode={kind === 'int?' ? 'numeric' : undefined}
          spellCheck={kind === 'id' || kind === 'url' ? false : undefined}
          autoCapitalize={kind === 'id' || kind === 'url' ? 'off' : undefined}
          aria-invalid={error || undefined}
          aria-describedby={describedBy(id, help, error)}
          onChange={(e) => onChange(path, parse(e.target.value))}
        />
        {nullable ? (
          <label className="kit-notsaid">
            <input type="checkbox" checked={notSaid} onChange={(e) => onChange(path, e.target.checked ? null : '')} />
            {t('notSaid')}
          </label>
        ) : null}
      </div>
      <Errors id={id} problems={problems} path={path} />
    </div>
  );
}

/** An office, the classmate-assist rules or the school's own system: a block the notice may not mention at all. */
function BlockInput({ path, kind, label, help, value, problems, onChange }: InputProps & { kind: 'office?' | 'assist?' | 'local?' }) {
  const t = useKitT();
  const id = fieldId(path);
  const words = blockWords[kind];
  const none = value === null || value === undefined;
  return (
    <fieldset className="kit-field kit-block" id={id} tabIndex={-1}>
      <legend>{label}</legend>
      {help ? <p className="kit-help">{help}</p> : null}
      <label className="kit-notsaid">
        <input
          type="checkbox"
          checked={none}
          onChange={(e) => onChange(path, e.target.checked ? null : structuredClone(emptyBlock[kind]))}
        />
        {t(`${words}.none`)}
      </label>
      <Errors id={id} problems={problems} path={path} />
      {none
        ? null
        : subFields[kind].map((sub) => (
            <ValueInput
              key={sub.key}
              path={[...path, sub.key]}
              kind={sub.kind}
              label={t(`${words}.${sub.key}.label`)}
              help={t(`${words}.${sub.key}.help`, { defaultValue: '' })}
              value={getAt(value, [sub.key])}
              problems={problems}
              onChange={onChange}
            />
          ))}
    </fieldset>
  );
}

/** The per-step methods: JSON, as content/README.md explains it (rarely needed). */
function MethodsInput({
  value,
  problems,
  onChange,
  error,
  onError,
}: {
  value: unknown;
  problems: ReadonlyArray<Problem>;
  onChange: Set;
  error: string | null;
  onError: (e: string | null) => void;
}) {
  const t = useKitT();
  const path = ['methods'];
  const id = fieldId(path);
  const [text, setText] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const deeper = problems.filter((p) => p.path[0] === 'methods' && p.path.length > 1);
  return (
    <div className="kit-field">
      <label htmlFor={id}>{t('field.methods.label')}</label>
      <p className="kit-help" id={`${id}-help`}>
        {t('field.methods.help')}
      </p>
      <textarea
        id={id}
        rows={8}
        spellCheck={false}
        value={text}
        aria-invalid={Boolean(error) || deeper.length > 0 || undefined}
        aria-describedby={describedBy(id, 'help', Boolean(error) || deeper.length > 0)}
        onChange={(e) => {
          setText(e.target.value);
          try {
            onChange(path, JSON.parse(e.target.value || '{}'));
            onError(null);
          } catch (err) {
            onError(t('problem.methodsJson', { detail: (err as Error).message }));
          }
        }}
      />
      {error || deeper.length > 0 ? (
        <p className="kit-error" id={`${id}-error`}>
          {[...(error ? [error] : []), ...deeper.map((p) => `${p.path.slice(1).join(' · ')}：${problemText(t, p)}`)].join('；')}
        </p>
      ) : null}
    </div>
  );
}

function FieldInput({ def, data, problems, onChange, methodsError, onMethodsError }: { def: FieldDef } & FormProps): ReactNode {
  const t = useKitT();
  const value = getAt(data, def.path);
  const key = `field.${def.path.join('.')}`;
  const label = t(`${key}.label`);
  const help = t(`${key}.help`, { defaultValue: '' });
  if (def.kind === 'methods')
    return <MethodsInput value={value} problems={problems} onChange={onChange} error={methodsError} onError={onMethodsError} />;
  if (def.kind === 'office?' || def.kind === 'assist?' || def.kind === 'local?') {
    return <BlockInput path={def.path} kind={def.kind} label={label} help={help} value={value} problems={problems} onChange={onChange} />;
  }
  if (def.kind === 'source') {
    const id = fieldId(def.path);
    return (
      <div className="kit-field">
        <label htmlFor={id}>{label}</label>
        <p className="kit-help" id={`${id}-help`}>
          {help}
        </p>
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(def.path, e.target.value || null)}
        >
          <option value="">{t('source.none')}</option>
          {(['cq23', 'jx22', 'hn20'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`source.${s}`)}
            </option>
          ))}
        </select>
        <Errors id={id} problems={problems} path={def.path} />
      </div>
    );
  }
  return <ValueInput path={def.path} kind={def.kind} label={label} help={help} value={value} problems={problems} onChange={onChange} />;
}
