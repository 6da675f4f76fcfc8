/*
 * 叫号大屏 (issue 12, docs/queue.md). Reads /public/queue/board once, then follows /public/queue/events from the
 * event id it gave, so no call is missed or shown twice; the browser's EventSource reconnects with Last-Event-ID.
 * Each call is announced in Mandarin — the browser's zh-CN voice when it has one, otherwise the server's recorded
 * segments played in order — one announcement after another, never cutting one off. Where the browser blocks sound
 * until someone touches the page, a 开启声音 button shows; a chime and the highlighted number are the last resort.
 * Everything comes from this server (no CDN): a hall network may have no internet. Only textContent is written.
 * window.__boardLog records what the board did, for the browser tests.
 */
(function () {
  'use strict';

  var log = [];
  window.__boardLog = log;
  window.__boardReady = false;
  function note(line) {
    log.push(line);
  }

  var params = new URLSearchParams(window.location.search);
  var filter = (params.get('categories') || '').split(',').map(function (c) {
    return c.trim().toUpperCase();
  }).filter(function (c) { return c.length > 0; });
  var speechAllowed = params.get('speech') !== 'off';

  var RECENT = 8;
  /** Calls waiting to be announced beyond this are shown but not spoken (a board back from a long outage). */
  var MAX_PENDING = 4;
  var KINDS = ['ISSUED', 'CALLED', 'RECALLED', 'STARTED', 'FINISHED', 'MISSED', 'HELD', 'RETURNED', 'TRANSFERRED',
    'CLOSED', 'PAUSED', 'RESUMED', 'CHECKED_IN'];

  var calls = [];
  var seen = {};
  /** Calls up to this event id were on the screen when the page loaded: they are shown, not announced. */
  var announcedUpTo = 0;
  var source = null;
  var restartTimer = null;
  var countsTimer = null;

  function byId(id) {
    return document.getElementById(id);
  }

  function shown(category, number) {
    if (filter.length === 0) {
      return true;
    }
    var prefix = (number || '').charAt(0).toUpperCase();
    return filter.indexOf((category || '').toUpperCase()) >= 0 || filter.indexOf(prefix) >= 0;
  }

  function counterText(counterNo) {
    return counterNo === null || counterNo === undefined ? '' : counterNo + '号窗口';
  }

  // ---- screen ----

  function renderCalls() {
    var current = calls[0];
    byId('current-number').textContent = current ? current.number : '—';
    byId('current-counter').textContent = current ? counterText(current.counterNo) : '';
    byId('current-text').textContent = current && current.text ? current.text : '';
    var list = byId('recent');
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    calls.slice(1, RECENT).forEach(function (c) {
      var li = document.createElement('li');
      var num = document.createElement('span');
      num.className = 'num';
      num.textContent = c.number;
      var where = document.createElement('span');
      where.textContent = counterText(c.counterNo);
      li.appendChild(num);
      li.appendChild(where);
      list.appendChild(li);
    });
  }

  function renderWaiting(waiting) {
    var list = byId('waiting');
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    waiting.filter(function (w) { return shown(w.category, w.prefix); }).forEach(function (w) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = w.name;
      var count = document.createElement('span');
      count.className = 'count';
      count.textContent = w.waiting + ' 人';
      li.appendChild(name);
      li.appendChild(count);
      list.appendChild(li);
    });
  }

  function highlight() {
    var box = byId('current');
    box.classList.remove('flash');
    // restart the animation
    void box.offsetWidth;
    box.classList.add('flash');
  }

  function status(state, text) {
    var s = byId('status');
    s.dataset.state = state;
    s.textContent = text;
  }

  function tick() {
    var now = new Date();
    byId('clock').textContent = ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2);
  }

  /** Adds a call; returns it when it is new (another event id), else null. */
  function addCall(id, data) {
    if (seen[id] || !shown(data.category, data.number)) {
      return null;
    }
    seen[id] = true;
    // a recall (重呼) moves the number to the top rather than listing it twice
    calls = calls.filter(function (c) { return c.number !== data.number; });
    var call = { id: id, number: data.number, category: data.category, counterNo: data.counterNo,
      text: data.announcement, segments: data.segments || [] };
    calls.unshift(call);
    calls.sort(function (a, b) { return b.id - a.id; });
    calls.length = Math.min(calls.length, RECENT);
    renderCalls();
    return call;
  }

  // ---- state and stream ----

  function loadState() {
    return fetch('/public/queue/board', { cache: 'no-store' }).then(function (r) {
      if (!r.ok) {
        throw new Error('board state ' + r.status);
      }
      return r.json();
    });
  }

  function refreshCounts() {
    if (countsTimer) {
      return;
    }
    // a burst of events (a kiosk queue at opening time) makes one request
    countsTimer = window.setTimeout(function () {
      countsTimer = null;
      loadState().then(function (state) { renderWaiting(state.waiting); }).catch(function () { });
    }, 1000);
  }

  function start() {
    window.clearTimeout(restartTimer);
    status('connecting', '正在连接…');
    loadState().then(function (state) {
      if (state.hall) {
        byId('hall').textContent = state.hall + ' 叫号信息';
      }
      calls = [];
      seen = {};
      state.calls.slice().reverse().forEach(function (c) {
        addCall(c.eventId, { number: c.number, category: c.category, counterNo: c.counterNo,
          announcement: c.announcement });
      });
      renderCalls();
      renderWaiting(state.waiting);
      announcedUpTo = Math.max(announcedUpTo, state.lastEventId);
      follow(state.lastEventId);
    }).catch(function () {
      status('lost', '连接中断，正在重连…');
      restartTimer = window.setTimeout(start, 5000);
    });
  }

  function follow(fromId) {
    if (source) {
      source.close();
    }
    source = new EventSource('/public/queue/events?lastEventId=' + encodeURIComponent(fromId));
    source.onopen = function () {
      status('live', '实时');
      window.__boardReady = true;
      note('open');
      refreshCounts();
    };
    source.onerror = function () {
      status('lost', '连接中断，正在重连…');
      note('stream error');
      if (source.readyState === EventSource.CLOSED) {
        // refused (too many boards, server restarting): start over from a fresh state
        restartTimer = window.setTimeout(start, 5000);
      }
      // otherwise the browser reconnects by itself, sending the last id it got
    };
    KINDS.forEach(function (kind) {
      source.addEventListener(kind, function (e) {
        var data = JSON.parse(e.data);
        var id = Number(e.lastEventId);
        note('event ' + kind + ' ' + (data.number || '') + ' ' + id);
        if (kind === 'CALLED' || kind === 'RECALLED') {
          var call = addCall(id, data);
          if (call && id > announcedUpTo) {
            announce(call);
          }
        }
        refreshCounts();
      });
    });
  }

  // ---- announcements ----

  var pending = [];
  var busy = false;
  var blocked = false;
  var audio = {};
  var voice = null;

  function pickVoice() {
    if (!speechAllowed || !('speechSynthesis' in window)) {
      return null;
    }
    var voices = window.speechSynthesis.getVoices();
    var best = null;
    voices.forEach(function (v) {
      var lang = (v.lang || '').replace('_', '-').toLowerCase();
      if (lang === 'zh-cn' || lang === 'cmn-cn' || lang === 'zh-hans-cn') {
        best = best && best.localService ? best : v;
      } else if (!best && (lang === 'zh' || lang.indexOf('zh-hans') === 0 || lang.indexOf('cmn') === 0)) {
        best = v;
      }
    });
    return best;
  }

  if (speechAllowed && 'speechSynthesis' in window) {
    voice = pickVoice();
    window.speechSynthesis.addEventListener('voiceschanged', function () {
      voice = pickVoice();
    });
  }

  function audioFor(segment) {
    if (!audio[segment]) {
      var a = new Audio('/board/audio/' + segment + '.wav');
      a.preload = 'auto';
      audio[segment] = a;
    }
    return audio[segment];
  }

  function announce(call) {
    pending.push(call);
    while (pending.length > MAX_PENDING) {
      note('skipped ' + pending.shift().text);
    }
    next();
  }

  function next() {
    if (busy || blocked || pending.length === 0) {
      return;
    }
    busy = true;
    var call = pending.shift();
    highlight();
    note('announce ' + call.text);
    var finished = false;
    var done = function (how) {
      if (finished) {
        return;
      }
      finished = true;
      note('done ' + call.text + ' ' + how);
      busy = false;
      // a breath between two announcements
      window.setTimeout(next, 500);
    };
    var stopped = function () {
      // sound is blocked until someone touches the page: keep the call for then
      finished = true;
      pending.unshift(call);
      busy = false;
      block();
    };
    if (voice) {
      speak(call, done, stopped);
    } else {
      playSegments(call, done, stopped);
    }
  }

  function speak(call, done, stopped) {
    var u = new SpeechSynthesisUtterance(call.text);
    u.lang = 'zh-CN';
    u.voice = voice;
    u.rate = 0.9;
    var guard = window.setTimeout(function () { done('speech-timeout'); }, 20000);
    u.onend = function () {
      window.clearTimeout(guard);
      done('speech');
    };
    u.onerror = function (e) {
      window.clearTimeout(guard);
      note('speech error ' + e.error);
      if (e.error === 'not-allowed') {
        stopped();
      } else {
        playSegments(call, done, stopped);
      }
    };
    note('speak ' + call.text);
    window.speechSynthesis.speak(u);
  }

  function playSegments(call, done, stopped) {
    var segments = call.segments.slice();
    var i = 0;
    function step() {
      if (i >= segments.length) {
        done('segments');
        return;
      }
      var segment = segments[i];
      var a = audioFor(segment);
      a.onended = function () {
        note('ended ' + segment);
        i++;
        step();
      };
      a.onerror = function () {
        a.onended = null;
        a.onerror = null;
        note('error ' + segment);
        chime(function () { done('chime'); });
      };
      a.currentTime = 0;
      note('play ' + segment);
      var playing = a.play();
      if (playing && playing.catch) {
        playing.catch(function (err) {
          a.onended = null;
          a.onerror = null;
          if (err && err.name === 'NotAllowedError') {
            stopped();
          } else {
            note('error ' + segment);
            chime(function () { done('chime'); });
          }
        });
      }
    }
    step();
  }

  /** The last resort: a chime (the highlighted number is already on the screen). */
  function chime(then) {
    var a = audioFor('chime');
    var over = false;
    var end = function () {
      if (!over) {
        over = true;
        then();
      }
    };
    a.onended = end;
    a.onerror = end;
    a.currentTime = 0;
    note('chime');
    var playing = a.play();
    if (playing && playing.catch) {
      playing.catch(end);
    }
  }

  function block() {
    if (!blocked) {
      note('sound blocked');
    }
    blocked = true;
    byId('sound-on').hidden = false;
  }

  byId('sound-on').addEventListener('click', function () {
    // the click is the user activation the browser waited for: sound may play from now on
    blocked = false;
    byId('sound-on').hidden = true;
    note('sound on');
    next();
  });

  if (navigator.getAutoplayPolicy && navigator.getAutoplayPolicy('mediaelement') === 'disallowed') {
    block();
  }

  tick();
  window.setInterval(tick, 10000);
  // the waiting counts also change with events this board does not show
  window.setInterval(refreshCounts, 30000);
  start();
}());
