/** The source notices every piece of content is traced to (see shared/seeds). No zod: the start page imports it. */
export const sourceIds = ['cq23', 'jx22', 'hn20'] as const;
export type SourceId = (typeof sourceIds)[number];
