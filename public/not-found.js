// The 404 page's only script (external, for a strict CSP). Static hosts serve 404.html for any
// unknown path, so the path is read here. Every Errdex URL is lowercase: a path with capitals
// (`/code/CMN-101/`, a code pasted into a URL template) moves once to its lowercase form, and if
// that is unknown too, the last path segment is offered as a search.
// scripts/not-found.test.ts runs this file with a fake `location`.
(function () {
  /**
   * The lowercase form of a path in capitals, as a path on this origin; null when there is
   * nothing to do or no safe place to go. A path can begin `//Evil.example` (or `/\`, or a tab
   * the URL parser drops), which `location.replace` reads as another host: leading slashes,
   * backslashes and controls collapse to one slash, and the result must parse to this origin.
   */
  function forwardTarget(pathname, search, hash, origin) {
    var lower = pathname.toLowerCase();
    if (lower === pathname) return null;
    var query = search.charAt(0) === '?' ? search : '';
    var fragment = hash.charAt(0) === '#' ? hash : '';
    var url;
    try {
      url = new URL('/' + lower.replace(/^[\s/\\\u0000-\u001f]+/, '') + query + fragment, origin);
    } catch {
      return null;
    }
    // Dot segments can still make `//host` (`/A/..//Evil.example`): then stay on this page.
    var target = url.pathname + url.search + url.hash;
    if (url.origin !== origin || !/^\/(?![/\\])/.test(target)) return null;
    return target;
  }

  var path = location.pathname;
  var target = forwardTarget(path, location.search, location.hash, location.origin);
  if (target !== null) {
    location.replace(target);
    return;
  }
  var token;
  try {
    token = decodeURIComponent(path.split('/').filter(Boolean).pop() || '');
  } catch {
    token = '';
  }
  function fill() {
    if (!token) return;
    var input = document.getElementById('nf-q');
    var link = document.getElementById('nf-search');
    if (input && !input.value) input.value = token;
    if (link) link.setAttribute('href', '/search/?q=' + encodeURIComponent(token));
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fill);
  else fill();
})();
