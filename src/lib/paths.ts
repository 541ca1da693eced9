/** Joins the site's base path and a site-relative path, so links work at / and under any sub-path. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith("/") ? base : `${base}/`;
  return head + path.replace(/^\/+/, "");
}
