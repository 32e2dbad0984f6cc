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
  // The trail travels with the student across page loads (WeChat loads a page for every tap): a
  // tapped answer, back link or breadcrumb link records, per tab, the answers that lead to the
  // page it opens (src/routing/storage.ts, TRAILS_KEY). The answers shown so far: the ones stored
  // for this step while the page still shows its prerendered usual way, else the breadcrumb's.
  var trailKey = tag.getAttribute('data-trail-key');
  if (trailKey) {
    document.addEventListener(
      'click',
      function (event) {
        var target = /** @type {Element | null} */ (event.target);
        var link = target && target.closest ? target.closest('a') : null;
        var article = link && link.closest('article[data-step]');
        if (!link || !article) return;
        // answers and the back link change the step in the page once the app runs (not in WeChat):
        // the app keeps the trail then, after the frame (nothing extra in the tap)
        var inPage = document.querySelector('#root[data-ready]') && !/MicroMessenger/i.test(navigator.userAgent);
        if (inPage && (link.hasAttribute('data-to') || link.classList.contains('step-nav__back'))) return;
        var at = article.getAttribute('data-step');
        var all = {};
        try {
          all = JSON.parse(sessionStorage.getItem(/** @type {string} */ (trailKey)) || '{}') || {};
        } catch (e) {
          /* unreadable: start afresh */
        }
        var nav = article.querySelector('nav.trail');
        var trail = [];
        if (nav && nav.hasAttribute('data-usual') && all[at]) trail = all[at];
        else if (nav) {
          var items = nav.querySelectorAll('li[data-step]');
          for (var i = 0; i < items.length; i += 1)
            trail.push({ step: items[i].getAttribute('data-step'), option: items[i].getAttribute('data-option') });
        }
        var item = link.closest('li[data-step]');
        if (link.hasAttribute('data-to'))
          all[link.getAttribute('data-to')] = trail.concat([{ step: at, option: link.getAttribute('data-option') }]);
        else if (item && nav && nav.contains(item))
          all[item.getAttribute('data-step')] = trail.slice(0, Array.prototype.indexOf.call(nav.querySelectorAll('li[data-step]'), item));
        else if (link.classList.contains('step-nav__back') && trail.length) {
          var prev = trail[trail.length - 1].step;
          all[prev] = trail.slice(0, -1);
          // before the app runs the link still points the usual way back: go where the student came from
          if (!document.querySelector('#root[data-ready]') && !event.defaultPrevented) {
            event.preventDefault();
            location.href = new URL(prev === 'start' ? '../' : '../' + prev + '/', location.href).href;
          }
        } else return;
        try {
          sessionStorage.setItem(/** @type {string} */ (trailKey), JSON.stringify(all));
        } catch (e) {
          /* private mode: the next page shows the usual way */
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
  // cannot tell, after the next frame; a page opened in the background, or the offline shell
  // (nothing to paint until the app renders it), starts at once
  var root = document.getElementById('root');
  if (document.visibilityState !== 'visible' || !root || !root.firstElementChild) return once();
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
