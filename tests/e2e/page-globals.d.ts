// Marks the browser tests leave on a page's window (inside page.evaluate) to tell a page load
// from a change of step in place, or to record what the page did.
export {};

declare global {
  interface Window {
    __marker?: number;
    __noReload?: number;
    __samePage?: boolean;
    __printRequested?: boolean;
    /** set before it is counted */
    __stylesheetChanges: number;
    __firstFrame?: {
      partial: boolean;
      heading: string | null;
      focused: boolean;
      headingTop: number;
      text: string | null;
      footerTop: number;
      viewportHeight: number;
      scrollY: number;
    };
  }
}
