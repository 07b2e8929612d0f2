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
  var savedButton = document.getElementById('saved');
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
    savedButton.textContent = ui.savedList;
    input.placeholder = ui.placeholder;
    sendButton.textContent = ui.send;
    document.getElementById('log-region').setAttribute('aria-label', ui.log);
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

  /** Text cut into phrases (BudouX, from the service): lines break between them, never inside one. */
  function appendPhrases(parent, pieces) {
    pieces.forEach(function (piece, i) {
      if (i > 0) parent.appendChild(document.createElement('wbr'));
      parent.appendChild(document.createTextNode(piece));
    });
  }

  function addBubble(who, text, pieces) {
    var item = element('li', 'bubble bubble-' + who);
    item.appendChild(element('span', 'visually-hidden', (who === 'user' ? ui.you : ui.bot) + ': '));
    if (pieces && pieces.length > 0) appendPhrases(item, pieces);
    else item.appendChild(document.createTextNode(text));
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

  function factLine(className, label, values) {
    var line = element('p', 'job-line ' + className);
    line.appendChild(element('span', 'job-line-label', label));
    line.appendChild(document.createTextNode(values.join(ui.listSeparator)));
    return line;
  }

  // Saved jobs this page knows of (saved or removed here): the cards' save buttons show it.
  var savedIds = {};
  var cardCount = 0;

  function saveButtonState(button, jobId) {
    var saved = savedIds[jobId] === true;
    button.setAttribute('aria-pressed', saved ? 'true' : 'false');
    button.textContent = saved ? ui.saved : ui.save;
  }

  function jobButton(className, label, onClick) {
    var button = element('button', 'job-button ' + className, label);
    button.type = 'button';
    button.addEventListener('click', function () {
      if (!busy) onClick(button);
    });
    return button;
  }

  function jobCard(job) {
    var card = element('article', job.match === 'related' ? 'job job-related' : 'job');
    var c = job.card;
    var heading = element('h3', 'job-title');
    if (c) {
      heading.appendChild(element('span', 'job-number', c.index + '. '));
      appendPhrases(heading, c.titlePhrases);
    } else {
      heading.textContent = job.title;
    }
    card.appendChild(heading);
    // A related job differs from what the user stated; the card says that it does, and how.
    if (job.match === 'related') card.appendChild(element('p', 'job-badge', ui.relatedJob));
    if (job.company) card.appendChild(element('p', 'job-company', job.company));
    var facts = element('p', 'job-facts');
    var pay = c ? c.pay : job.wage ? formatWage(job.wage) : null;
    if (pay) facts.appendChild(element('span', 'job-wage', pay));
    var area = c ? c.area : job.area ? job.area.prefecture + (job.area.municipality || '') : null;
    if (area) facts.appendChild(element('span', 'job-area', area));
    card.appendChild(facts);
    if (c) {
      if (c.jobTypes.length > 0) card.appendChild(factLine('job-types', ui.jobTypes, c.jobTypes));
      if (c.hours.length > 0) card.appendChild(factLine('job-hours', ui.hours, c.hours));
      if (c.meets.length > 0) card.appendChild(factLine('job-meets', ui.meets, c.meets));
      if (c.misses.length > 0) card.appendChild(factLine('job-misses', ui.misses, c.misses));
      card.appendChild(element('p', 'job-why', c.why));
    }
    var actions = element('div', 'job-actions');
    var title = job.title;
    actions.appendChild(
      jobButton('job-details', ui.details, function () {
        addBubble('user', ui.details + ': ' + title);
        send({ postback: job.postbacks.details });
      }),
    );
    actions.appendChild(
      jobButton('job-choose', ui.choose, function () {
        addBubble('user', ui.choose + ': ' + title);
        send({ postback: job.postbacks.choose });
      }),
    );
    var save = jobButton('job-save', ui.save, function (button) {
      var saved = savedIds[job.id] === true;
      addBubble('user', (saved ? ui.saved : ui.save) + ': ' + title);
      send({ postback: saved ? job.postbacks.unsave : job.postbacks.save }).then(function () {
        saveButtonState(button, job.id);
      });
    });
    save.setAttribute('data-job', job.id);
    saveButtonState(save, job.id);
    actions.appendChild(save);
    var link = element('a', 'job-link', ui.openJob);
    link.href = job.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.appendChild(element('span', 'visually-hidden', ' ' + job.title + ' ' + ui.opensNewTab));
    actions.appendChild(link);
    // Each button is described by its job's title for screen readers: "詳しく" alone would not say which.
    cardCount += 1;
    heading.id = 'job-title-' + cardCount;
    Array.prototype.forEach.call(actions.querySelectorAll('button'), function (button) {
      button.setAttribute('aria-describedby', heading.id);
    });
    card.appendChild(actions);
    return card;
  }

  function addJobs(jobs, shareUrl) {
    var item = element('li', 'jobs');
    item.setAttribute('aria-label', ui.jobsLabel);
    var list = element('ol', 'job-list');
    jobs.forEach(function (job) {
      var entry = element('li', 'job-item');
      entry.appendChild(jobCard(job));
      list.appendChild(entry);
    });
    item.appendChild(list);
    if (shareUrl) {
      var share = element('p', 'share');
      var link = element('a', 'share-link', ui.share);
      link.href = shareUrl;
      link.target = '_blank';
      link.rel = 'noopener';
      link.appendChild(element('span', 'visually-hidden', ' ' + ui.opensNewTab));
      share.appendChild(link);
      share.appendChild(element('span', 'share-hint', ui.shareHint));
      item.appendChild(share);
    }
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
    if (reply.jobAction && (reply.jobAction.kind === 'save' || reply.jobAction.kind === 'unsave')) {
      savedIds[reply.jobAction.jobId] = reply.jobAction.kind === 'save';
      Array.prototype.forEach.call(log.querySelectorAll('.job-save'), function (button) {
        if (button.getAttribute('data-job') === reply.jobAction.jobId) {
          saveButtonState(button, reply.jobAction.jobId);
        }
      });
    }
    // The numbered list is the cards' text form: the cards are shown instead, so it is read only once.
    var messages = reply.messages.filter(function (message) {
      return message.role !== 'jobList';
    });
    // With jobs and an open question ("any of these?"), the question reads best after the cards.
    var closing =
      reply.jobs.length > 0 && reply.question !== null && messages.length > 1 ? messages.pop() : null;
    messages.forEach(function (message) {
      var bubble = addBubble('bot', message.text, message.phrases);
      first = first || bubble;
    });
    if (reply.jobs.length > 0) {
      var jobs = addJobs(reply.jobs, reply.shareUrl);
      first = first || jobs;
    }
    if (closing) addBubble('bot', closing.text, closing.phrases);
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

  // Starting over keeps the conversation id (a start resets the dialogue), so the saved jobs stay with it.
  function restart() {
    if (busy) return;
    log.textContent = '';
    suggestions.textContent = '';
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
  savedButton.addEventListener('click', function () {
    if (busy) return;
    addBubble('user', ui.savedList);
    send({ postback: 'saved:list' });
  });

  send({ event: 'start' });
})();
