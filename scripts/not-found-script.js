// Inline script of 404.html (allowed by its CSP hash). A static host serves 404.html at any depth,
// so relative links cannot work: find the wizard's folder by asking for its manifest one folder
// up at a time, then send a mistyped or retired step id (odd case, encoding, slashes, a query or
// fragment) to its real page, or point the "start" link and the stylesheet at the right folder.
(function () {
  var data = JSON.parse(document.getElementById('wizard-data').textContent);
  var parts = location.pathname.split('/').filter(Boolean).slice(0, 12);
  function clean(s) {
    try { s = decodeURIComponent(s); } catch (e) { /* keep as is */ }
    return s.trim().toLowerCase().replace(/\.html?$/, '').replace(/[\s_]+/g, '-');
  }
  function probe(i) {
    if (i < 0) return;
    var base = '/' + parts.slice(0, i).join('/') + (i ? '/' : '');
    fetch(base + 'manifest.webmanifest', { method: 'HEAD', cache: 'no-store' }).then(function (r) {
      if (r.ok) found(base, parts.slice(i).map(clean)); else probe(i - 1);
    }, function () { probe(i - 1); });
  }
  function found(base, rest) {
    var lang = data.langs.indexOf(rest[0]) >= 0 ? rest.shift() + '/' : '';
    var id = rest[0] ? (data.redirects[rest[0]] || rest[0]) : '';
    if (id && data.steps.indexOf(id) >= 0) { location.replace(base + lang + id + '/'); return; }
    var start = document.querySelector('[data-to-start]');
    if (start) start.setAttribute('href', base + lang);
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    data.css.forEach(function (href) { var l = css.cloneNode(); l.href = base + href; document.head.appendChild(l); });
  }
  probe(parts.length);
})();
