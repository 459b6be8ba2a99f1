/*
 * A Faces Ajax request without Faces' own script (which would cost this page 30 KB more): posts a
 * form with its view state, runs one of its buttons on the server and puts back the parts of the
 * page it names. Used by the lesson and quiz pages.
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
    if (field.tagName === 'SELECT' && field.multiple) {
      Array.prototype.forEach.call(field.selectedOptions, function (o) { data.append(field.name, o.value); });
      return;
    }
    data.append(field.name, field.value);
  });
  Object.keys(extra || {}).forEach(function (name) { data.set(name, extra[name]); });
  data.set(button, button);
  data.set('jakarta.faces.source', button);
  data.set('jakarta.faces.partial.ajax', 'true');
  data.set('jakarta.faces.partial.execute', button);
  data.set('jakarta.faces.partial.render', render || '@none');
  return fetch(form.action, {
    method: 'POST',
    body: data,
    credentials: 'same-origin',
    keepalive: !!leaving,
    headers: {'Faces-Request': 'partial/ajax', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'}
  }).then(function (response) {
    return leaving ? null : response.text();
  }).then(function (text) {
    if (!text) {
      return;
    }
    var xml = new DOMParser().parseFromString(text, 'application/xml');
    var redirect = xml.querySelector('redirect');
    if (redirect) {
      window.location.assign(redirect.getAttribute('url'));
      return;
    }
    Array.prototype.forEach.call(xml.querySelectorAll('update'), function (update) {
      var id = update.getAttribute('id');
      if (id.indexOf('jakarta.faces.ViewState') >= 0) {
        Array.prototype.forEach.call(document.querySelectorAll('input[name="jakarta.faces.ViewState"]'), function (input) {
          input.value = update.textContent;
        });
        return;
      }
      var target = document.getElementById(id);
      if (target) {
        target.outerHTML = update.textContent;
      }
    });
  });
};
