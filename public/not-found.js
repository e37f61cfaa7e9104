// The 404 page's only script (external, for a strict CSP). Static hosts serve 404.html for any
// unknown path, so the path is read here. Every Errdex URL is lowercase: a path with capitals
// (`/code/CMN-101/`, a code pasted into a URL template) moves once to its lowercase form, and if
// that is unknown too, the last path segment is offered as a search.
(function () {
  var path = location.pathname;
  var lower = path.toLowerCase();
  if (path !== lower) {
    location.replace(lower + location.search + location.hash);
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
