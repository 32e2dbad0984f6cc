/** Named, pure predicates over the school's facts: the only way a school changes the routing. */
import type { SchoolRules } from '../school/schema';

export const guardNames = ['conscriptionRoute', 'idConflictSplit', 'hasLocalSystem', 'uploadPending', 'recordInfoMethod'] as const;
export type GuardName = (typeof guardNames)[number];

export const guards: Record<GuardName, (rules: SchoolRules) => boolean> = {
  conscriptionRoute: (r) => r.conscriptionRoute,
  idConflictSplit: (r) => r.idConflictSplit,
  hasLocalSystem: (r) => r.hasLocalSystem,
  uploadPending: (r) => r.uploadPending,
  recordInfoMethod: (r) => r.recordInfoMethod,
};
