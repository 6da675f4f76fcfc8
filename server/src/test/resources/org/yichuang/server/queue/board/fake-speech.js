/*
 * A stand-in for the browser's speech synthesis, injected before the board's scripts (BoardBrowserTest): headless
 * Chromium has no voices. Like Chrome, it offers its voices only after a moment (then fires voiceschanged), speaks one
 * utterance at a time from its own queue, and cancel() cuts the current one off. window.__speechLog records it all.
 */
(function () {
  'use strict';
  var log = [];
  var voices = [];
  var listeners = [];
  var queue = [];
  var current = null;
  window.__speechLog = log;
  window.__voicesReady = false;

  function startNext() {
    if (current || queue.length === 0) {
      return;
    }
    var u = current = queue.shift();
    log.push('start ' + u.text + ' | ' + u.lang + ' | ' + (u.voice ? u.voice.name : 'no voice'));
    // about as long as a short sentence, so a second call made meanwhile would overlap if the board did not wait
    u.__timer = setTimeout(function () {
      log.push('end ' + u.text);
      current = null;
      if (typeof u.onend === 'function') {
        u.onend({ type: 'end', utterance: u });
      }
      startNext();
    }, 1200);
  }

  var fake = {
    getVoices: function () { return voices.slice(); },
    speak: function (u) {
      log.push('speak ' + u.text + (current ? ' while speaking ' + current.text : ''));
      queue.push(u);
      startNext();
    },
    cancel: function () {
      log.push('cancel' + (current ? ' ' + current.text : ''));
      queue = [];
      if (current) {
        clearTimeout(current.__timer);
        current = null;
      }
    },
    pause: function () { log.push('pause'); },
    resume: function () { log.push('resume'); },
    addEventListener: function (type, fn) {
      if (type === 'voiceschanged') {
        listeners.push(fn);
      }
    },
    removeEventListener: function () { },
    onvoiceschanged: null
  };
  Object.defineProperty(fake, 'speaking', { get: function () { return current !== null; } });
  Object.defineProperty(fake, 'pending', { get: function () { return queue.length > 0; } });
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
  // the real one refuses a voice that is not a SpeechSynthesisVoice
  window.SpeechSynthesisUtterance = function (text) {
    this.text = text;
    this.lang = '';
    this.voice = null;
    this.rate = 1;
    this.pitch = 1;
    this.volume = 1;
  };

  setTimeout(function () {
    voices = [
      { name: 'English (America)', lang: 'en-US', localService: true, default: true, voiceURI: 'en-US' },
      { name: 'Chinese (Taiwan)', lang: 'zh-TW', localService: true, default: false, voiceURI: 'zh-TW' },
      { name: 'Mandarin (China)', lang: 'zh-CN', localService: true, default: false, voiceURI: 'cmn-CN' },
      { name: 'Cantonese (Hong Kong)', lang: 'zh-HK', localService: true, default: false, voiceURI: 'yue-HK' }
    ];
    listeners.forEach(function (fn) { fn({ type: 'voiceschanged' }); });
    if (typeof fake.onvoiceschanged === 'function') {
      fake.onvoiceschanged({ type: 'voiceschanged' });
    }
    window.__voicesReady = true;
  }, 300);
})();
