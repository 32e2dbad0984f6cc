/**
 * The only hosts the wizard ever links out to: CHSI's official sites, and a school's own
 * academic system when its school file names one. Nothing else becomes a link.
 */
const allowedHosts = [/^([a-z0-9-]+\.)*chsi\.com\.cn$/i];
let extraHosts: string[] = [];

/** The school's own system host (from content/schools/<id>.json), set once at start-up. */
export function allowSchoolHost(url: string | null | undefined) {
  extraHosts = [];
  if (!url) return;
  try {
    extraHosts = [new URL(url).hostname.toLowerCase()];
  } catch {
    /* an invalid address is simply not linked */
  }
}

export function isAllowedHref(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return allowedHosts.some((re) => re.test(host)) || extraHosts.includes(host);
}
