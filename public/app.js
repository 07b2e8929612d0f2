// soudan web chat: talks to POST /api/v1/turns. Plain script, no framework; text is always set as text, never HTML.
/* global window, document, URLSearchParams */
(function () {
  'use strict';

  var API = '/api/v1/turns';
  // The conversation the service issued to this tab: { id, token }. The token proves it is ours.
  var STORAGE_KEY = 'soudan.conversation';
  // The service no longer takes this conversation (its secret changed, or the stored copy is damaged).
  var LOST = { conversation_token_required: true, invalid_conversation_token: true };
  var params = new URLSearchParams(window.location.search);
  var locale = params.get('lang') === 'en' ? 'en' : 'ja';
  // Only a page opened with ?lang= names the conversation's locale; otherwise the service answers in the
  // language the user writes in.
  var chosenLocale = params.has('lang') ? { locale: locale } : {};
  var ui = JSON.parse(document.getElementById('ui-text').textContent)[locale];

  var log = document.getElementById('log');
  var status = document.getElementById('status');
  var suggestions = document.getElementById('suggestions');
  var form = document.getElementById('composer');
  var input = document.getElementById('text');
  var sendButton = document.getElementById('send');
  var restartButton = document.getElementById('restart');
  var busy = false;
  var scrollBehavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

  applyUiText();

  function applyUiText() {
    document.documentElement.lang = locale;
    document.title = ui.title;
    document.querySelector('.bar-title').textContent = ui.heading;
    document.querySelector('.skip-link').textContent = ui.skip;
    document.querySelector('label[for="text"]').textContent = ui.textLabel;
    restartButton.textContent = ui.restart;
    input.placeholder = ui.placeholder;
    sendButton.textContent = ui.send;
    log.setAttribute('aria-label', ui.log);
    suggestions.setAttribute('aria-label', ui.suggestions);
  }

  // sessionStorage can be unavailable (privacy modes, disabled storage): then the conversation lives as long as
  // the page. Stored as JSON; anything unreadable counts as no conversation.
  var memoryConversation = null;
  function conversation() {
    var text = null;
    try {
      text = window.sessionStorage.getItem(STORAGE_KEY);
    } catch {
      return memoryConversation;
    }
    try {
      var parsed = JSON.parse(text);
      return parsed && typeof parsed.id === 'string' && typeof parsed.token === 'string' ? parsed : null;
    } catch {
      return null;
    }
  }

  function keepConversation(value) {
    memoryConversation = value;
    try {
      if (value) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value));
      else window.sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // memoryConversation holds it.
    }
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function addBubble(who, text) {
    var item = element('li', 'bubble bubble-' + who);
    item.appendChild(element('span', 'visually-hidden', (who === 'user' ? ui.you : ui.bot) + ': '));
    item.appendChild(document.createTextNode(text));
    log.appendChild(item);
    return item;
  }

  function formatYen(value) {
    return value.toLocaleString(locale === 'en' ? 'en-US' : 'ja-JP') + ui.wage.yen;
  }

  function formatWage(wage) {
    var unit = ui.wage[wage.unit] || '';
    var amount =
      wage.min === wage.max ? formatYen(wage.min) : formatYen(wage.min) + ui.wage.range + formatYen(wage.max);
    return unit + ' ' + amount;
  }

  function jobCard(job) {
    var card = element('article', job.match === 'related' ? 'job job-related' : 'job');
    // A related job differs from what the user stated; the messages say how, the card says that it does.
    if (job.match === 'related') card.appendChild(element('p', 'job-badge', ui.relatedJob));
    card.appendChild(element('h3', 'job-title', job.title));
    if (job.company) card.appendChild(element('p', 'job-company', job.company));
    var facts = element('p', 'job-facts');
    if (job.wage) facts.appendChild(element('span', 'job-wage', formatWage(job.wage)));
    if (job.area) {
      var area = job.area.prefecture + (job.area.municipality ? ' ' + job.area.municipality : '');
      facts.appendChild(element('span', 'job-area', area));
    }
    card.appendChild(facts);
    var link = element('a', 'job-link', ui.openJob);
    link.href = job.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.appendChild(element('span', 'visually-hidden', ' ' + job.title + ' ' + ui.opensNewTab));
    card.appendChild(link);
    return card;
  }

  function addJobs(jobs) {
    var item = element('li', 'jobs');
    item.setAttribute('aria-label', ui.jobsLabel);
    var list = element('ul', 'job-list');
    jobs.forEach(function (job) {
      var entry = element('li', 'job-item');
      entry.appendChild(jobCard(job));
      list.appendChild(entry);
    });
    item.appendChild(list);
    log.appendChild(item);
    return item;
  }

  /** items: [{ label, action }] — quick replies the dialogue offered, plus "search again" at the end. */
  function setSuggestions(items, focusFirst) {
    suggestions.textContent = '';
    items.forEach(function (item) {
      var button = element('button', 'suggestion', item.label);
      button.type = 'button';
      button.addEventListener('click', function () {
        if (!busy) item.action();
      });
      suggestions.appendChild(button);
    });
    if (focusFirst && suggestions.firstChild) suggestions.firstChild.focus({ preventScroll: true });
  }

  function setBusy(value) {
    busy = value;
    sendButton.disabled = value;
    status.textContent = value ? ui.thinking : '';
    Array.prototype.forEach.call(suggestions.querySelectorAll('button'), function (b) {
      b.disabled = value;
    });
  }

  function showReply(reply, focusSuggestions) {
    var first = null;
    var messages = reply.messages.slice();
    // With jobs and an open question ("any of these?"), the question reads best after the cards.
    var closing =
      reply.jobs.length > 0 && reply.question !== null && messages.length > 1 ? messages.pop() : null;
    messages.forEach(function (message) {
      var bubble = addBubble('bot', message.text);
      first = first || bubble;
    });
    if (reply.jobs.length > 0) {
      var jobs = addJobs(reply.jobs);
      first = first || jobs;
    }
    if (closing) addBubble('bot', closing.text);
    var items = reply.suggestions.map(function (suggestion) {
      return {
        label: suggestion.label,
        action: function () {
          addBubble('user', suggestion.label);
          send({ postback: suggestion.postback });
        },
      };
    });
    if (reply.done) items.push({ label: ui.restartAgain, action: restart });
    setSuggestions(items, focusSuggestions);
    if (first) first.scrollIntoView({ block: 'start', behavior: scrollBehavior });
  }

  function showError(code, retryBody) {
    var text = ui.errors[code] || ui.errors.other;
    var bubble = addBubble('error', text);
    if (retryBody) {
      var retry = element('button', 'retry', ui.retry);
      retry.type = 'button';
      retry.addEventListener('click', function () {
        if (busy) return;
        retry.remove();
        send(retryBody);
      });
      bubble.appendChild(retry);
    }
    bubble.scrollIntoView({ block: 'end', behavior: scrollBehavior });
  }

  /** Without a conversation yet the service issues one with its answer; every later turn sends both back. */
  function send(fields) {
    var current = conversation();
    var ids = current ? { conversationId: current.id, conversationToken: current.token } : {};
    var body = Object.assign(ids, chosenLocale, fields);
    var focusSuggestions =
      document.activeElement === document.body || suggestions.contains(document.activeElement);
    setBusy(true);
    return window
      .fetch(API, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      .then(function (response) {
        return response.json().then(
          function (json) {
            return { ok: response.ok, json: json };
          },
          function () {
            return { ok: false, json: null };
          },
        );
      })
      .then(
        function (result) {
          setBusy(false);
          if (result.ok) {
            keepConversation({ id: result.json.conversationId, token: result.json.conversationToken });
            if (window.soudanQaExport) window.soudanQaExport.turn(body, result.json);
            showReply(result.json, focusSuggestions);
          } else {
            var code = result.json && result.json.error ? result.json.error.code : 'other';
            if (LOST[code]) {
              // Say so, and start a new conversation: what was sent belonged to the one that is gone.
              keepConversation(null);
              showError('conversation_lost', null);
              send({ event: 'start' });
              return;
            }
            showError(code, code === 'invalid_request' || code === 'payload_too_large' ? null : body);
          }
        },
        function () {
          setBusy(false);
          showError('network', body);
        },
      );
  }

  function restart() {
    if (busy) return;
    log.textContent = '';
    suggestions.textContent = '';
    keepConversation(null);
    send({ event: 'start' });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (busy || text === '') return;
    input.value = '';
    addBubble('user', text);
    send({ text: text });
  });
  restartButton.addEventListener('click', restart);

  send({ event: 'start' });
})();
