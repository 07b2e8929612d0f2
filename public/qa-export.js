// soudan web chat, development mode only: "download this conversation as a test". The page includes this file
// only outside production; app.js hands it each answered turn (window.soudanQaExport.turn). The download is
// the chat export `soudan record` turns into a QA script. Conversation ids and tokens are never kept.
/* global window, document, URLSearchParams, Blob, URL */
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var locale = params.get('lang') === 'en' ? 'en' : 'ja';
  var ui = JSON.parse(document.getElementById('ui-text').textContent)[locale];
  var turns = [];

  function sent(body) {
    var input = {};
    ['event', 'text', 'postback', 'locale'].forEach(function (field) {
      if (typeof body[field] === 'string') input[field] = body[field];
    });
    return input;
  }

  function shown(reply) {
    return {
      turn: reply.turn,
      messages: (reply.messages || []).map(function (m) {
        return m.text;
      }),
      suggestions: (reply.suggestions || []).map(function (s) {
        return { label: s.label, postback: s.postback };
      }),
      question: reply.question ? { kind: reply.question.kind, id: reply.question.id } : null,
      jobs: (reply.jobs || []).map(function (job) {
        return { id: job.id, match: job.match };
      }),
      done: reply.done === true,
    };
  }

  window.soudanQaExport = {
    turn: function (body, reply) {
      turns.push({ sent: sent(body), reply: shown(reply) });
    },
  };

  function download() {
    var exported = {
      format: 'soudan-chat-export',
      version: 1,
      exportedAt: new Date().toISOString(),
      locale: params.has('lang') ? locale : null,
      turns: turns,
    };
    var blob = new Blob([JSON.stringify(exported, null, 2) + '\n'], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'soudan-conversation-' + exported.exportedAt.replace(/[:.]/g, '-') + '.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 1000);
  }

  var button = document.createElement('button');
  button.type = 'button';
  button.id = 'qa-export';
  button.className = 'bar-button';
  button.textContent = ui.qaExport;
  button.addEventListener('click', download);
  document.querySelector('.bar').appendChild(button);
})();
