// The phone page (/q/<token>) follows one ticket: it re-reads the ticket's JSON on every event of the hall's public
// stream (SSE, GET /public/queue/events) and, while the stream is not open (not there, dropped, reconnecting), every
// 5 seconds, so a lost stream never leaves the page standing still.
(function () {
  'use strict';
  var POLL_MS = 5000;
  var KINDS = ['ISSUED', 'CALLED', 'RECALLED', 'STARTED', 'FINISHED', 'MISSED', 'HELD', 'TRANSFERRED', 'CLOSED',
    'PAUSED', 'RESUMED', 'REQUEUED', 'RELEASED'];
  var $ = function (id) { return document.getElementById(id); };
  var token = location.pathname.substring(location.pathname.lastIndexOf('/') + 1);
  var stream = null;
  var pending = false;
  var finished = false;

  function show(t) {
    $('error').hidden = true;
    $('ticket').hidden = false;
    $('category').textContent = t.categoryName;
    $('number').textContent = t.number;
    var called = t.status === 'CALLED' || t.status === 'SERVING';
    $('ticket').className = called ? 'ticket called' : 'ticket';
    $('status').textContent = t.status === 'CALLED' && t.counterNo != null ? '请到 ' + t.counterNo + ' 号窗口办理'
      : t.status === 'SERVING' && t.counterNo != null ? '正在 ' + t.counterNo + ' 号窗口办理' : t.statusLabel;
    $('ahead').textContent = t.status === 'WAITING'
      ? (t.peopleAhead > 0 ? '您前面还有 ' + t.peopleAhead + ' 人' : '下一位就是您，请留意叫号') : '';
    $('updated').textContent = '更新于 ' + new Date().toLocaleTimeString('zh-CN', { hour12: false });
    document.body.dataset.status = t.status;
    finished = t.status === 'DONE' || t.status === 'CLOSED';
    if (finished && stream) { stream.close(); stream = null; }
  }

  function refresh() {
    if (pending) { return; }
    pending = true;
    fetch('/public/queue/tickets/' + encodeURIComponent(token)).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) { throw new Error((json && json.message) || ('查询失败（' + r.status + '）')); }
        return json;
      });
    }).then(show).catch(function (e) {
      $('error').textContent = e.message;
      $('error').hidden = false;
    }).then(function () { pending = false; });
  }

  function connect() {
    if (!window.EventSource || finished) { return; }
    try {
      stream = new EventSource('/public/queue/events');
    } catch (e) {
      stream = null;
      return;
    }
    stream.onmessage = refresh;
    KINDS.forEach(function (k) { stream.addEventListener(k, refresh); });
    stream.onopen = function () {   // events missed while it was down: read the ticket once it is back
      document.body.dataset.live = 'stream';
      refresh();
    };
    stream.onerror = function () { document.body.dataset.live = 'polling'; };
  }

  document.body.dataset.live = 'polling';
  refresh();
  connect();
  setInterval(function () {
    if (finished) { return; }
    if (!stream || stream.readyState !== 1) { refresh(); }
    // a stream the browser gave up on (an error answer, not a dropped line) is tried again now and then
    if (stream && stream.readyState === 2) { stream = null; }
    if (!stream) { connect(); }
  }, POLL_MS);
}());
