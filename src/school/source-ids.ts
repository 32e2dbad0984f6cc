/** The notices (content/notices.json) as a type only: no notice data reaches the start page. */
export type { SourceId } from '../catalogue/ids';
