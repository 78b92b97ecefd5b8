/**
 * Links to a directory ('glossaire/', 'modules/x/#section') as this host needs them. A normal
 * web server answers 'glossaire/' with 'glossaire/index.html'; kiwix-serve (a ZIM has no
 * directories) does not. The ZIM's pages are reached as '…/index.html', so a page loaded that
 * way names index.html in the links it builds; everywhere else links stay as they are.
 */
export function directoryHref(href: string, pathname: string = window.location.pathname): string {
  if (!pathname.endsWith('/index.html')) return href;
  return href.replace(/^([^?#]*\/)(?=$|[?#])/, '$1index.html');
}
