/*
 * A form post without Faces' or PrimeFaces' own script (which would cost the lesson page 30 KB
 * and more): posts a form with its view state as if one of its buttons was pressed, then puts back
 * the parts of the page it names from the page the server answers with. The header tells the
 * server that a script asks, so that an answer nobody reads can be left empty (204).
 */
window.mmicd = window.mmicd || {};
window.mmicd.facesPost = function (form, button, render, extra, leaving) {
  'use strict';
  var data = new URLSearchParams();
  Array.prototype.forEach.call(form.elements, function (field) {
    if (!field.name || field.disabled || field.type === 'submit' || field.type === 'button') {
      return;
    }
    if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) {
      return;
    }
    data.append(field.name, field.value);
  });
  Object.keys(extra || {}).forEach(function (name) { data.set(name, extra[name]); });
  data.set(button, button);
  return fetch(form.action, {
    method: 'POST',
    body: data,
    credentials: 'same-origin',
    keepalive: !!leaving,
    headers: {'X-Requested-With': 'mmicd-page', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'}
  }).then(function (response) {
    if (leaving || response.status === 204) {
      return null;
    }
    if (response.redirected) {
      window.location.assign(response.url);
      return null;
    }
    return response.text();
  }).then(function (text) {
    if (!text) {
      return;
    }
    var page = new DOMParser().parseFromString(text, 'text/html');
    var state = page.querySelector('input[name="jakarta.faces.ViewState"]');
    if (state) {
      Array.prototype.forEach.call(document.querySelectorAll('input[name="jakarta.faces.ViewState"]'), function (input) {
        input.value = state.value;
      });
    }
    (render || '').split(' ').concat(['messages']).forEach(function (id) {
      var fresh = id && page.getElementById(id);
      var target = id && document.getElementById(id);
      if (fresh && target) {
        target.replaceWith(document.importNode(fresh, true));
      }
    });
  });
};
