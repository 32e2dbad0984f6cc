/**
 * The ids the content defines, derived from the content itself (never kept by hand beside it):
 * - source ids: the keys of content/notices.json;
 * - procedure ids: the keys of content/locales/zh-CN/procedures.json (zh-CN is the source language);
 * - drawing ids: the keys of content/locales/zh-CN/drawings.json (but `common`).
 * The types come from the same files; the lists are for Node (validation), so the JSON they read
 * never reaches the browser: browser code imports only the types.
 */
import notices from '../../content/notices.json';
import procedures from '../../content/locales/zh-CN/procedures.json';
import drawingWords from '../../content/locales/zh-CN/drawings.json';

export type SourceId = keyof typeof notices;
export type ProcedureId = keyof typeof procedures;
export type DrawingId = Exclude<keyof typeof drawingWords, 'common'>;

type NonEmpty<T> = [T, ...T[]];
export const sourceIds = Object.keys(notices) as NonEmpty<SourceId>;
export const procedureIds = Object.keys(procedures) as NonEmpty<ProcedureId>;
export const drawingIds = Object.keys(drawingWords).filter((k) => k !== 'common') as NonEmpty<DrawingId>;
