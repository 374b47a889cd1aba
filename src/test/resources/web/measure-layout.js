// Test only: the script of the wrapper HeadlinePageInBrowserTest writes beside the page. Once the
// framed page has loaded, measures it as the browser laid it out and writes the results, one
// "name=value" a line, into a <pre> of the wrapper for --dump-dom to carry out.
window.addEventListener('load', function () {
  var frame = document.getElementById('page');
  var win = frame.contentWindow;
  var doc = frame.contentDocument;
  var root = doc.documentElement;
  var viewport = root.clientWidth;
  // An element clipped by a box that scrolls sideways (a wide table in its region) does not widen the page.
  function clipped(e) {
    for (var a = e.parentElement; a && a !== doc.body; a = a.parentElement) {
      var o = win.getComputedStyle(a).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') { return true; }
    }
    return false;
  }
  function name(e) {
    var cls = typeof e.className === 'string' && e.className ? '.' + e.className : '';
    var label = e.getAttribute('aria-labelledby') ? '[' + e.getAttribute('aria-labelledby') + ']' : '';
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls + label;
  }
  var outside = [], scrolling = [], unlabelled = [];
  var all = doc.body.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var e = all[i];
    var r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) { continue; }
    if ((r.left < -0.5 || r.right > viewport + 0.5) && !clipped(e)) {
      outside.push(name(e) + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
    }
    if (e.scrollWidth > e.clientWidth + 1 && win.getComputedStyle(e).overflowX !== 'visible') {
      scrolling.push(name(e));
      if (e.getAttribute('tabindex') !== '0' || !e.getAttribute('aria-labelledby')) { unlabelled.push(name(e)); }
    }
  }
  var out = document.createElement('pre');
  out.id = 'layout-measurements';
  out.textContent = ['innerWidth=' + win.innerWidth, 'clientWidth=' + viewport, 'scrollWidth=' + root.scrollWidth,
    'elements=' + all.length, 'outside=' + outside.join('; '), 'scrolling=' + scrolling.join('; '),
    'unlabelledScrolling=' + unlabelled.join('; ')].join('\n');
  document.body.appendChild(out);
});
