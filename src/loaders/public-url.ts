/**
 * The address of a file in public/. The built site works from any folder (a sub-path, a laptop), so files are
 * resolved against the page, never against the host's root.
 */
export function publicUrl(path = ''): string {
  return new URL(`./${path}`, document.baseURI).href;
}
