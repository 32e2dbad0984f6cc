/**
 * Types for opencc-js's per-locale dictionary modules. The package's `exports` map sends
 * `opencc-js/*` to `dist/esm-lib/*.js` but ships no types for them (only for `core`,
 * `preset`, `preset/*` and the full bundle), so deep imports need this shim.
 * Each module's default export is a list of dictionary groups for `ConverterFactory`.
 */
declare module 'opencc-js/from/hk' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
declare module 'opencc-js/from/tw' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/cn' {
  const groups: readonly import('opencc-js/core').DictGroup[];
  export default groups;
}
