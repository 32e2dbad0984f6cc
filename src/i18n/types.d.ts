import type common from '../../content/locales/zh-CN/common.json';
import type steps from '../../content/locales/zh-CN/steps.json';
import type procedures from '../../content/locales/zh-CN/procedures.json';
import type tools from '../../content/locales/zh-CN/tools.json';

/** Keys are typed from the zh-CN source: a misspelt key is a compile error. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      steps: typeof steps;
      procedures: typeof procedures;
      tools: typeof tools;
      glossary: Record<string, string>;
    };
  }
}
