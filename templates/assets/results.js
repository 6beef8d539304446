// The status filter and the "as of" date of a leaderboard page. Every page is complete without
// it: the table then shows today's board, every status and every row.
// - ?status=checked|reproduced|not-reproduced|self-reported keeps the rows of that status;
// - ?asof=2019-06-30 shows the board as it stood that day: later results are hidden, ranks and
//   records are worked out again from the rows left, and the chart marks the date.
// It is loaded without defer at the end of the page, so it reads the query string before the
// deferred podium.js rewrites it, and it keeps its two keys in every URL podium.js writes later.
(function () {
  'use strict';
  if (!window.URLSearchParams || !window.history || !history.replaceState) return;

  var KEYS = ['status', 'asof'];
  var STATUSES = {
    checked: ['source-checked', 're-evaluated', 'reproduced'],
    reproduced: ['re-evaluated', 'reproduced'],
    'not-reproduced': ['not-reproduced'],
    'self-reported': ['self-reported']
  };
  var params = new URLSearchParams(location.search);
  var state = { status: STATUSES[params.get('status')] ? params.get('status') : '', asof: isoDate(params.get('asof')) };

  // podium.js writes its own view (sort, filter, abstracts) into the URL; ours joins whatever it writes.
  var replace = history.replaceState;
  history.replaceState = function (data, title, url) {
    return replace.call(history, data, title, url === undefined || url === null ? url : withState(String(url)));
  };

  function withState(url) {
    var target = new URL(url, location.href);
    KEYS.forEach(function (key) {
      target.searchParams.delete(key);
      if (state[key]) target.searchParams.set(key, state[key]);
    });
    return target.pathname + target.search + target.hash;
  }

  function isoDate(text) {
    return text && /^\d{4}-\d{2}-\d{2}$/.test(text) && !isNaN(Date.parse(text + 'T00:00:00Z')) ? text : '';
  }

  function dayNumber(iso) { return Date.parse(iso + 'T00:00:00Z') / 86400000; }

  function format(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (_, i) { return args[+i + 1]; });
  }

  // A long board's page loads its other rows first (podium.js), then says so.
  if (document.querySelector('table.leaderboard[data-rest]')) document.addEventListener('podium:rows', setup, { once: true });
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();

  function setup() {
    var tools = document.querySelector('.results-tools');
    var table = document.querySelector('table.leaderboard');
    if (!tools || !table) return;
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    function column(test) {
      for (var i = 0; i < headers.length; i++) if (test(headers[i])) return i;
      return -1;
    }
    var rankCol = column(function (h) { return h.dataset.key === 'rank'; });
    var dateCol = column(function (h) { return h.dataset.key === 'date'; });
    var valueCol = column(function (h) { return h.classList.contains('is-rank-by'); });
    if (rankCol < 0 || dateCol < 0 || valueCol < 0) return;
    var higher = headers[valueCol].dataset.better === 'high';

    var rows = Array.prototype.slice.call(table.tBodies[0].rows).map(function (tr, index) {
      var time = tr.cells[dateCol].querySelector('time');
      var value = parseFloat(tr.cells[valueCol].textContent);
      return {
        tr: tr, index: index, rank: tr.cells[rankCol].textContent, record: tr.classList.contains('record'),
        date: time ? time.getAttribute('datetime') || time.textContent : '', value: value, valueText: tr.cells[valueCol].textContent.trim(),
        ranked: !tr.classList.contains('unranked') && !isNaN(value), status: tr.dataset.status || 'self-reported',
        model: tr.querySelector('th').firstChild.textContent.trim()
      };
    });
    var select = tools.querySelector('[name="status"]');
    var input = tools.querySelector('[name="asof"]');
    var output = tools.querySelector('.asof-summary');
    var chart = document.querySelector('svg.sota[data-dates]');

    function better(a, b) { return higher ? b.value - a.value : a.value - b.value; }

    function apply() {
      var asof = state.asof;
      var present = rows.filter(function (r) { return !asof || r.date <= asof; });
      // The rows keep today's order, which is the ranking order; equal values share a rank.
      var ranked = present.filter(function (r) { return r.ranked; });
      ranked.forEach(function (r, i) {
        r.asofRank = i > 0 && r.value === ranked[i - 1].value ? ranked[i - 1].asofRank : i + 1;
      });
      // A record beat every earlier result; within a day only the best of the day can be one.
      var best = null;
      ranked.slice().sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : better(a, b) || a.index - b.index; })
        .forEach(function (r) {
          r.asofRecord = best === null || better(r, best) < 0;
          if (r.asofRecord) best = r;
        });
      var allowed = STATUSES[state.status];
      rows.forEach(function (r) {
        var shown = !asof || r.date <= asof;
        r.tr.cells[rankCol].textContent = asof && shown && r.ranked ? String(r.asofRank) : r.rank;
        r.tr.classList.toggle('record', asof ? shown && r.ranked && r.asofRecord : r.record);
        var visible = shown && (!allowed || allowed.indexOf(r.status) >= 0);
        if (visible) r.tr.removeAttribute('data-out');
        else r.tr.setAttribute('data-out', asof && !shown ? 'asof' : 'status');
      });
      table.classList.toggle('as-of', !!asof);
      if (!asof) output.textContent = '';
      else if (ranked.length === 0) output.textContent = format(tools.dataset.empty, asof);
      else output.textContent = format(tools.dataset.summary, asof, present.length, rows.length, ranked[0].model, ranked[0].valueText);
      markChart(asof);
      history.replaceState(history.state, '', location.href);
    }

    // A vertical line at the date, placed with the chart's own scale (data-dates and data-plot).
    function markChart(asof) {
      if (!chart) return;
      var old = chart.querySelector('.asof-mark');
      if (old) old.parentNode.removeChild(old);
      if (!asof) return;
      var dates = chart.getAttribute('data-dates').split(' ');
      var plot = chart.getAttribute('data-plot').split(' ').map(Number); // left top right bottom
      var from = dayNumber(dates[0]), to = dayNumber(dates[1]);
      var day = Math.min(Math.max(dayNumber(asof), from), to);
      // Left and right are in percent of the chart's width, which follows the page's.
      var x = (plot[0] + (day - from) * (plot[2] - plot[0]) / (to - from)).toFixed(2) + '%';
      var ns = 'http://www.w3.org/2000/svg';
      var group = document.createElementNS(ns, 'g');
      group.setAttribute('class', 'asof-mark');
      var line = document.createElementNS(ns, 'line');
      line.setAttribute('x1', x);
      line.setAttribute('x2', x);
      line.setAttribute('y1', String(plot[1]));
      line.setAttribute('y2', String(plot[3]));
      var label = document.createElementNS(ns, 'text');
      label.setAttribute('x', x);
      label.setAttribute('dx', '4');
      label.setAttribute('y', String(plot[1] + 10));
      label.textContent = format(tools.dataset.mark, asof);
      group.appendChild(line);
      group.appendChild(label);
      chart.appendChild(group);
    }

    select.value = state.status;
    input.value = state.asof;
    var first = rows.reduce(function (min, r) { return r.date && (!min || r.date < min) ? r.date : min; }, '');
    if (first) input.min = first;
    select.addEventListener('change', function () { state.status = STATUSES[select.value] ? select.value : ''; apply(); });
    input.addEventListener('change', function () { state.asof = isoDate(input.value); apply(); });
    tools.hidden = false;
    apply();
  }
})();
