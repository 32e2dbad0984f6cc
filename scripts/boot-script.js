// Every app page's only script tag (inline, allowed by its hash in the page's CSP): it starts the
// app once the page has painted its content, so on a slow connection the app's scripts do not
// compete with the first paint. Until then, and without JavaScript, the page is plain links.
// Which script to start and what to fetch with it come from this tag's data-src / data-preload.
(function () {
  var tag = document.currentScript;
  if (!tag) return;
  var src = tag.getAttribute('data-src');
  var preload = (tag.getAttribute('data-preload') || '').split(' ');
  function start() {
    for (var i = 0; i < preload.length; i += 1) {
      if (!preload[i]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = preload[i];
      document.head.appendChild(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = src || '';
    document.head.appendChild(script);
  }
  // A language link records the student's choice (the app does it too, once it runs): tapped
  // before that, the next page would otherwise follow the choice made before and send the student back.
  var langKey = tag.getAttribute('data-lang-key') || '';
  if (langKey) {
    document.addEventListener(
      'click',
      function (event) {
        var link = event.target instanceof Element ? event.target.closest('a[data-lang]') : null;
        if (!link) return;
        try {
          localStorage.setItem(langKey, link.getAttribute('data-lang') || '');
        } catch (e) {
          /* private mode: nothing is remembered */
        }
      },
      true,
    );
  }
  var started = false;
  function once() {
    if (started) return;
    started = true;
    start();
  }
  // once the browser reports the first contentful paint (the page's words are on screen); where it
  // cannot tell, after the next frame; a page opened in the background starts at once
  if (document.visibilityState !== 'visible') return once();
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
    document.addEventListener('visibilitychange', once);
  } else if (window.requestAnimationFrame) {
    window.requestAnimationFrame(function () {
      window.setTimeout(once, 0);
    });
  } else once();
})();
