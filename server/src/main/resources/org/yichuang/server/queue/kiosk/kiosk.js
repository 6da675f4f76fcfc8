// The self-service kiosk (自助取号): categories issuing now, optional document number, the ticket on screen with the
// people ahead and a QR code to the phone page; 预约签到 by document number. Every text comes from the server's JSON
// and is set with textContent, never as markup.
(function () {
  'use strict';
  var RESET_AFTER_MS = 30000;
  var $ = function (id) { return document.getElementById(id); };
  var resetTimer = null;

  function showError(message) {
    var box = $('error');
    box.textContent = message;
    box.hidden = false;
  }

  function clearError() { $('error').hidden = true; }

  function documentBody() {
    var number = $('document').value.replace(/\s+/g, '').toUpperCase();
    return number ? { documentType: 'RESIDENT_ID', documentNumber: number } : {};
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) {
          throw new Error((json && json.message) || ('请求失败（' + r.status + '）'));
        }
        return json;
      });
    });
  }

  function loadCategories() {
    return request('GET', '/kiosk/api/categories').then(function (categories) {
      var box = $('categories');
      box.textContent = '';
      categories.forEach(function (c) {
        var b = document.createElement('button');
        b.className = 'primary';
        b.dataset.code = c.code;
        b.appendChild(document.createTextNode(c.name));
        var small = document.createElement('small');
        small.textContent = '等候 ' + c.waiting + ' 人';
        b.appendChild(small);
        b.addEventListener('click', function () { issue(c.code); });
        box.appendChild(b);
      });
      $('closed').hidden = categories.length > 0;
    }).catch(function (e) { showError(e.message); });
  }

  function showTicket(ticket, checkedInName) {
    $('start').hidden = true;
    $('result').hidden = false;
    $('category').textContent = ticket.categoryName;
    $('number').textContent = ticket.number;
    $('ahead').textContent = ticket.peopleAhead > 0 ? '您前面还有 ' + ticket.peopleAhead + ' 人' : '您前面没有人等候';
    $('checked-in').hidden = !checkedInName;
    $('checked-in').textContent = checkedInName ? '预约签到成功：' + checkedInName : '';
    if (ticket.statusPath) {
      var token = ticket.statusPath.substring(ticket.statusPath.lastIndexOf('/') + 1);
      $('qr').src = '/public/queue/tickets/' + encodeURIComponent(token) + '/qr.svg';
      $('qr').hidden = false;
    } else {
      $('qr').hidden = true;
    }
    clearTimeout(resetTimer);
    resetTimer = setTimeout(reset, RESET_AFTER_MS);
  }

  function issue(code) {
    clearError();
    var body = documentBody();
    body.categoryCode = code;
    request('POST', '/kiosk/api/tickets', body).then(function (t) { showTicket(t, null); })
      .catch(function (e) { showError(e.message); });
  }

  function checkIn() {
    clearError();
    var body = documentBody();
    if (!body.documentNumber) {
      showError('请先输入预约时使用的证件号码。');
      return;
    }
    request('POST', '/kiosk/api/checkin', body).then(function (r) { showTicket(r.ticket, r.name); })
      .catch(function (e) { showError(e.message); });
  }

  function reset() {
    clearTimeout(resetTimer);
    clearError();
    $('document').value = '';
    $('result').hidden = true;
    $('start').hidden = false;
    loadCategories();
  }

  function keypad() {
    var keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'X', '删除'];
    keys.forEach(function (k) {
      var b = document.createElement('button');
      b.textContent = k;
      b.addEventListener('click', function () {
        var input = $('document');
        input.value = k === '删除' ? input.value.slice(0, -1) : (input.value + k).slice(0, 18);
      });
      $('keypad').appendChild(b);
    });
  }

  keypad();
  $('checkin').addEventListener('click', checkIn);
  $('done').addEventListener('click', reset);
  loadCategories();
  // the buttons follow the issuing windows and the waiting counts without anyone touching the screen
  setInterval(function () { if (!$('start').hidden) { loadCategories(); } }, 30000);
}());
