/* The menu folds away behind a button on narrow screens; without this script it stays open. */
(function () {
  'use strict';
  var toggle = document.getElementById('menu-toggle');
  var nav = document.getElementById('site-nav');
  if (!toggle || !nav) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 47.99em)');
  function show(open) {
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.classList.toggle('folded', !open);
  }
  function fit() {
    toggle.hidden = !narrow.matches;
    show(!narrow.matches);
  }
  toggle.addEventListener('click', function () {
    show(toggle.getAttribute('aria-expanded') !== 'true');
  });
  nav.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && narrow.matches) {
      show(false);
      toggle.focus();
    }
  });
  narrow.addEventListener('change', fit);
  fit();
})();
/* Addresses to copy (the calendar feed) are selected whole when the field gets focus. */
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('.select-on-focus'), function (field) {
    field.addEventListener('focus', function () { field.select(); });
  });
})();
/*
 * FullCalendar names each day cell by its day number alone, although the cell also shows that day's
 * sessions: screen readers then hide the sessions' titles. The cell is named by what it shows.
 */
(function () {
  'use strict';
  if (!document.querySelector('.fc, [id$=":schedule"]')) {
    return;
  }
  function unname() {
    Array.prototype.forEach.call(document.querySelectorAll('.fc td[role="gridcell"][aria-labelledby]'), function (cell) {
      cell.removeAttribute('aria-labelledby');
    });
  }
  new MutationObserver(unname).observe(document.body, {childList: true, subtree: true});
  unname();
})();
