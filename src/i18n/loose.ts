/**
 * Keys built from step and procedure ids at run time cannot be checked by the compiler; the
 * content tests check them instead (every step and procedure has its words in every locale).
 * Static keys keep using the typed `t`.
 */
import { useT } from './use-t';
import type { TFunction } from 'i18next';

export type LooseT = (key: string, options?: Record<string, unknown>) => string;

export const loose = (t: TFunction<never> | TFunction) => t as unknown as LooseT;

export function useLooseT(ns: 'steps' | 'procedures' | 'glossary' | 'common' | 'tools'): LooseT {
  const t = useT(ns);
  return loose(t as TFunction);
}
