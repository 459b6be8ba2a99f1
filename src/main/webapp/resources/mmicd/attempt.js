/* The quiz's countdown: shows the time left and, when it runs out, lets the server grade the attempt. */
(function () {
  'use strict';
  var timer = document.getElementById('timer');
  if (!timer) {
    return;
  }
  var end = Date.now() + 1000 * parseInt(timer.getAttribute('data-seconds'), 10);
  var text = document.getElementById('timer-text');
  var fired = false;
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    text.textContent = Math.floor(left / 60) + ':' + ('0' + left % 60).slice(-2);
    if (left === 0 && !fired && typeof window.mmicdTimeUp === 'function') {
      fired = true;
      window.mmicdTimeUp();
    }
  }
  tick();
  setInterval(tick, 1000);
})();
/*
 * Submitting asks first, in the page's language, and names the questions still unanswered; the page
 * title follows the question shown, so that a screen reader announces where the learner is.
 */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var submit = event.target.closest('.submit-attempt');
    if (submit && !window.confirm(submit.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  var suffix = document.title.indexOf(' · ') >= 0 ? document.title.substring(document.title.indexOf(' · ')) : '';
  function retitle() {
    var place = document.querySelector('#question .meta');
    if (place) {
      document.title = place.textContent.trim() + suffix;
    }
  }
  new MutationObserver(retitle).observe(document.body, {childList: true, subtree: true});
  retitle();
})();
