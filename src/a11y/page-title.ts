/** The `<title>` of a page, the same whether prerendered or set after a client-side step change. */
export function pageTitle(title: string, appName: string, schoolName: string | null): string {
  return [title && title !== appName ? title : null, appName, schoolName].filter(Boolean).join(' · ');
}
