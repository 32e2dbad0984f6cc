/**
 * Reads the step catalogue and everything it is checked against, in Node (the build's content
 * plugin, scripts, tests): content/notices.json, content/catalogue/steps/<step-id>.json,
 * content/catalogue/procedure-cards.json and the locale files. Kept apart from ./validate so
 * node:fs never reaches the browser bundle.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLang, langCodes, type Lang } from '../i18n/languages';
import { jsonErrorAt } from '../school/load-node';
import type { Catalogue } from './schema';
import { validateCatalogue, wordFiles, type ContentFile } from './validate';

/** The project's content folder (or, where a test environment rewrites module URLs, the working folder's). */
export const defaultContentDir = import.meta.url.startsWith('file:')
  ? join(dirname(fileURLToPath(import.meta.url)), '../../content')
  : resolve(process.cwd(), 'content');

/** How messages name a file: `content/…` for the project's content, else its path from the working folder. */
export function contentLabel(dir: string, ...parts: string[]): string {
  if (resolve(dir) === resolve(defaultContentDir)) return ['content', ...parts].join('/');
  const path = join(dir, ...parts);
  return relative(process.cwd(), path) || path;
}

/** Load and validate the catalogue; every problem (in any file) is listed in one Error, one line per key. */
export function loadCatalogue(dir: string = defaultContentDir): Catalogue {
  const problems: string[] = [];
  const read = (...parts: string[]): ContentFile => {
    const label = contentLabel(dir, ...parts);
    const path = join(dir, ...parts);
    if (!existsSync(path)) return { label, data: undefined };
    const text = readFileSync(path, 'utf8');
    try {
      return { label, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
    } catch (err) {
      problems.push(
        `${label}: ${jsonErrorAt(text, err)} — not valid JSON (${(err as Error).message}); check for a missing comma or quote, or a comma after the last item`,
      );
      return { label, data: undefined };
    }
  };
  const stepsDir = join(dir, 'catalogue', 'steps');
  const stepFiles = existsSync(stepsDir)
    ? readdirSync(stepsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const words = Object.fromEntries(
    langCodes.map((lng) => [lng, Object.fromEntries(wordFiles.map((f) => [f, read('locales', lng, `${f}.json`)]))]),
  ) as Record<Lang, Record<(typeof wordFiles)[number], ContentFile>>;
  const files = {
    notices: read('notices.json'),
    steps: Object.fromEntries(stepFiles.map((f) => [f.slice(0, -'.json'.length), read('catalogue', 'steps', f)])),
    cards: read('catalogue', 'procedure-cards.json'),
    words,
    stepLabel: (id: string) => contentLabel(dir, 'catalogue', 'steps', `${id}.json`),
    sourceLang: defaultLang,
  };
  try {
    const catalogue = validateCatalogue(files);
    if (problems.length) throw new Error('');
    return catalogue;
  } catch (err) {
    throw new Error([...problems, (err as Error).message].filter(Boolean).join('\n'));
  }
}
