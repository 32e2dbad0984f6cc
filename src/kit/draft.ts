/**
 * The teacher's draft, kept in this browser only (localStorage), so a reload or a closed tab loses
 * nothing; 「清除草稿」 removes it. Nothing is sent anywhere.
 */
export const DRAFT_KEY = 'xueji-kit-draft';

export interface Draft {
  data: unknown;
  siteUrl: string;
}

export function loadDraft(): Draft | null {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<Draft>;
    return draft && typeof draft.data === 'object' && draft.data !== null ? { data: draft.data, siteUrl: draft.siteUrl ?? '' } : null;
  } catch {
    return null;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    /* private mode or full: the form still works, only the draft is not kept */
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* nothing kept, nothing to clear */
  }
}
