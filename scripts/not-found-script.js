// Inline script of 404.html (allowed by its CSP hash). A static host serves 404.html at any depth,
// so relative links cannot work here. Find the wizard's folder: from a known step id, language
// or retired id in the address (any case, encoding, spacing), else by asking for the site's
// manifest one folder up at a time. Then forward a mistyped or retired id to its real page, or
// point the "start" link and the stylesheet at the right folder. Nothing from the address is
// ever written into the page.
(function () {
  var dataTag = /** @type {HTMLElement} */ (document.getElementById('wizard-data'));
  var data = JSON.parse(dataTag.textContent || 'null');
  var raw = location.pathname.split('/').filter(Boolean).slice(0, 16);
  function clean(s) {
    try {
      s = decodeURIComponent(s);
    } catch (e) {
      /* keep as is */
    }
    return s
      .trim()
      .toLowerCase()
      .replace(/\.html?$/, '')
      .replace(/[\s_]+/g, '-');
  }
  var parts = raw.map(clean);
  function known(s) {
    return (
      data.steps.indexOf(s) >= 0 ||
      data.langs.indexOf(s) >= 0 ||
      data.pages.indexOf(s) >= 0 ||
      Object.prototype.hasOwnProperty.call(data.redirects, s)
    );
  }
  function baseAt(i) {
    return '/' + raw.slice(0, i).join('/') + (i ? '/' : '');
  }
  function found(base, rest) {
    var lang = data.langs.indexOf(rest[0]) >= 0 ? rest.shift() + '/' : '';
    var id = rest[0] || '';
    if (Object.prototype.hasOwnProperty.call(data.redirects, id)) id = data.redirects[id];
    if (id && (data.steps.indexOf(id) >= 0 || data.pages.indexOf(id) >= 0)) {
      var target = base + lang + (id === 'start' ? '' : id + '/');
      if (target !== location.pathname) {
        location.replace(target);
        return;
      }
    }
    var start = document.querySelector('[data-to-start]');
    if (start) start.setAttribute('href', base + lang);
    data.css.forEach(function (href) {
      var l = document.createElement('link');
      l.rel = 'stylesheet';
      l.href = base + href;
      document.head.appendChild(l);
    });
  }
  function probe(i) {
    if (i < 0) return;
    fetch(baseAt(i) + 'manifest.webmanifest', { cache: 'no-store' }).then(
      function (r) {
        if (r.ok) found(baseAt(i), parts.slice(i));
        else probe(i - 1);
      },
      function () {
        probe(i - 1);
      },
    );
  }
  for (var i = 0; i < parts.length; i++) if (known(parts[i])) return found(baseAt(i), parts.slice(i));
  probe(parts.length - 1);
})();
