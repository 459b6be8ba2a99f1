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
