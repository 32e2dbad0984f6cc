// Lets the browser tests import the app's own modules from src/ (step ids, languages, drawings),
// so a renamed step or language breaks them: tsx runs the TypeScript, and a style sheet a module
// imports for the bundler is an empty module here. Used as `node --import ./tests/e2e/loader.mjs`.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
const emptyCss = `export async function load(url, context, next) {
  return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(emptyCss)}`);
