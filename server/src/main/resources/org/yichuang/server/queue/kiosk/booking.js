// The public booking page (预约): category, day, slot, then name, document and phone; the server checks every rule
// (BookingPolicy) and answers a refusal with its Chinese message, shown as it comes. A booking is reopened with
// ?b=<token>, which the page puts in its address after booking, and cancelled from there.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var options = null;
  var chosen = { category: null, day: null, slot: null };
  var current = null;

  function showError(message) { $('error').textContent = message; $('error').hidden = false; }
  function clearError() { $('error').hidden = true; }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) { throw new Error((json && json.message) || ('请求失败（' + r.status + '）')); }
        return json;
      });
    });
  }

  function button(text, onClick, isChosen) {
    var b = document.createElement('button');
    b.textContent = text;
    if (isChosen) { b.className = 'chosen'; }
    b.addEventListener('click', onClick);
    return b;
  }

  var WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
  function dayText(iso) {
    var p = iso.split('-');
    var d = new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2]));
    return Number(p[1]) + '月' + Number(p[2]) + '日（周' + WEEKDAYS[d.getDay()] + '）';
  }
  function hm(t) { return t.substring(0, 5); }

  function render() {
    var cats = $('categories'); cats.textContent = '';
    var days = $('days'); days.textContent = '';
    var slots = $('slots'); slots.textContent = '';
    $('none').hidden = options.categories.length > 0;
    $('steps').hidden = options.categories.length === 0;
    options.categories.forEach(function (c) {
      var b = button(c.name, function () { chosen = { category: c, day: null, slot: null }; render(); },
        chosen.category && chosen.category.code === c.code);
      b.dataset.code = c.code;
      cats.appendChild(b);
    });
    if (!chosen.category) { return; }
    chosen.category.days.forEach(function (d) {
      var b = button(dayText(d.day), function () { chosen.day = d; chosen.slot = null; render(); },
        chosen.day && chosen.day.day === d.day);
      b.dataset.day = d.day;
      days.appendChild(b);
    });
    if (!chosen.day) { return; }
    chosen.day.slots.forEach(function (s) {
      var b = button(hm(s.startsAt) + '–' + hm(s.endsAt) + (s.free > 0 ? '（余 ' + s.free + '）' : '（约满）'),
        function () { chosen.slot = s; render(); }, chosen.slot && chosen.slot.startsAt === s.startsAt);
      b.dataset.start = s.startsAt;
      b.disabled = s.free <= 0;
      slots.appendChild(b);
    });
  }

  function loadOptions() {
    return request('GET', '/public/booking/options').then(function (o) {
      options = o;
      if (chosen.category) {
        var c = o.categories.filter(function (x) { return x.code === chosen.category.code; })[0] || null;
        var d = c && chosen.day ? c.days.filter(function (x) { return x.day === chosen.day.day; })[0] || null : null;
        chosen = { category: c, day: d, slot: null };
      }
      render();
    }).catch(function (e) { showError(e.message); });
  }

  function showBooking(b) {
    current = b;
    $('form').hidden = true;
    $('done').hidden = false;
    $('done-title').textContent = b.status === 'BOOKED' ? '预约成功' : '预约' + b.statusLabel;
    $('b-category').textContent = b.categoryName;
    $('b-when').textContent = dayText(b.day) + ' ' + hm(b.startsAt) + '–' + hm(b.endsAt);
    $('b-status').textContent = b.statusLabel;
    $('b-cancel-until').textContent = b.cancelUntil.replace('T', ' ').substring(0, 16);
    $('b-token').textContent = b.token;
    $('cancel').hidden = b.status !== 'BOOKED';
    history.replaceState(null, '', '/booking?b=' + encodeURIComponent(b.token));
  }

  function book() {
    clearError();
    if (!chosen.category || !chosen.day || !chosen.slot) {
      showError('请先选择业务、日期和时段。');
      return;
    }
    request('POST', '/public/booking/bookings', {
      categoryCode: chosen.category.code,
      day: chosen.day.day,
      startsAt: chosen.slot.startsAt,
      name: $('name').value,
      documentType: $('document-type').value,
      documentNumber: $('document').value,
      phone: $('phone').value
    }).then(function (b) {
      $('name').value = ''; $('document').value = ''; $('phone').value = '';
      showBooking(b);
    }).catch(function (e) { showError(e.message); loadOptions(); });
  }

  function cancel() {
    clearError();
    request('POST', '/public/booking/bookings/' + encodeURIComponent(current.token) + '/cancel')
      .then(showBooking).catch(function (e) { showError(e.message); });
  }

  function back() {
    clearError();
    history.replaceState(null, '', '/booking');
    $('done').hidden = true;
    $('form').hidden = false;
    chosen = { category: null, day: null, slot: null };
    loadOptions();
  }

  $('book').addEventListener('click', book);
  $('cancel').addEventListener('click', cancel);
  $('again').addEventListener('click', back);
  var token = new URLSearchParams(location.search).get('b');
  if (token) {
    request('GET', '/public/booking/bookings/' + encodeURIComponent(token)).then(showBooking)
      .catch(function (e) { showError(e.message); loadOptions(); });
  } else {
    loadOptions();
  }
}());
