// The 404 page's only script (external, for a strict CSP). Static hosts serve 404.html for any
// unknown path, so the path is read here: `/code/CMN-101/` moves to the lowercase URL, and the
// last path segment is offered as a search.
(function () {
  var path = location.pathname;
  var code = /^\/code\/([^/]+)\/?$/.exec(path);
  var token;
  try {
    token = decodeURIComponent(code ? code[1] : path.split('/').filter(Boolean).pop() || '');
  } catch {
    token = '';
  }
  if (code && token !== token.toLowerCase()) {
    location.replace('/code/' + encodeURIComponent(token.toLowerCase()) + '/' + location.hash);
    return;
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
