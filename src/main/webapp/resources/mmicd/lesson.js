/*
 * The lesson page tells the server, by posts that carry the page's view state: that the lesson was
 * opened (so it is in progress and the place to resume), how many seconds it was read while
 * visible (every half minute and when leaving) and that the learner marked it complete. On a wide
 * screen the course outline starts open.
 */
(function () {
  'use strict';
  var form = document.getElementById('player');
  if (!form) {
    return;
  }
  var outline = document.getElementById('outline');
  if (outline && window.matchMedia('(min-width: 64em)').matches) {
    outline.open = true;
  }
  var visible = 0;
  setInterval(function () {
    if (document.visibilityState === 'visible') {
      visible++;
    }
  }, 1000);
  function take() {
    var seconds = visible;
    visible = 0;
    return String(seconds);
  }
  function post(button, render, leaving) {
    return window.mmicd.facesPost(form, 'player:' + button, render, {seconds: take()}, leaving);
  }
  post('opened', 'player:standing');
  setInterval(function () {
    if (visible > 0) {
      post('reportTime', 'player:standing');
    }
  }, 30000);
  window.addEventListener('pagehide', function () {
    if (visible > 0) {
      post('reportTime', '@none', true);
    }
  });
  form.addEventListener('click', function (event) {
    var button = event.target.closest('.mark-complete');
    if (!button) {
      return;
    }
    event.preventDefault();
    button.disabled = true;
    post('markComplete', 'player:standing player:completion').then(function () {
      var done = document.getElementById('player:completed');
      if (done) {
        done.setAttribute('tabindex', '-1');
        done.focus();
      }
      var current = document.querySelector('.outline [aria-current="page"]');
      if (current) {
        current.parentNode.className = 'state-completed';
        var state = current.querySelector('.sr-only');
        if (state && done) {
          state.textContent = ' (' + done.textContent.replace('✔', '').trim() + ')';
        }
      }
    });
  });
})();
