// Live preview of an item body on /admin/items/new and /admin/items/{id}/edit.
// The only script of the back office: it posts the body and its format with
// the form's CSRF token to /admin/preview and shows the HTML the server
// returns (cmark in safe mode for Markdown). Without it, the 预览 button does
// the same through a normal form submission.
(function () {
  'use strict';
  var form = document.querySelector('form.item-form');
  var preview = document.getElementById('preview');
  if (!form || !preview || !window.fetch) return;
  var body = form.elements.namedItem('body');
  var format = form.elements.namedItem('body_format');
  var csrf = form.elements.namedItem('csrf');
  var timer = null;
  var sequence = 0;

  function refresh() {
    var mine = ++sequence;
    var data = new URLSearchParams();
    data.append('csrf', csrf.value);
    data.append('body', body.value);
    data.append('body_format', format.value);
    fetch('/admin/preview', {method: 'POST', body: data, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html !== null && mine === sequence) preview.innerHTML = html; })
      .catch(function () {});
  }

  function later() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  }

  body.addEventListener('input', later);
  format.addEventListener('change', refresh);
  refresh();
})();
