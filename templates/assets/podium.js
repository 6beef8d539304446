// Podium's page script. Every page is complete without it; it only adds controls:
// - leaderboards: sorting, filtering and abstracts for the table. The view lives in the query
//   string (?sort=Params&order=asc&q=resnet&extra=hide&abstracts=all) so a link reproduces it;
// - charts: a tooltip for the point under the pointer or keyboard focus, and the metric switch;
// - papers: the summary language switch and the BibTeX and badge copy buttons.
(function () {
  'use strict';
  leaderboard();
  charts();
  languageSwitch();
  copyButtons();
  searchPage();

  // The search page runs Pagefind's UI over the index the build wrote, starting from ?q= so that
  // searches can be linked, and keeps the query in the URL as it changes.
  function searchPage() {
    var element = document.getElementById('search');
    if (!element || !window.PagefindUI) return;
    // Leaderboards are long pages; Pagefind's default length penalty would rank a 60-row leaderboard
    // below short pages that merely mention its dataset.
    var ui = new window.PagefindUI({
      element: '#search', bundlePath: element.dataset.bundle, showSubResults: true, showImages: false, resetStyles: false,
      ranking: { pageLength: 0.1 }
    });
    // Pagefind's box has only a placeholder; give it a name screen readers announce.
    var input = element.querySelector('input');
    if (input) input.setAttribute('aria-label', element.dataset.label);
    var q = new URLSearchParams(location.search).get('q');
    if (q) ui.triggerSearch(q);
    element.addEventListener('input', function (event) {
      if (!event.target.matches('input')) return;
      var value = event.target.value;
      history.replaceState(null, '', location.pathname + (value ? '?q=' + encodeURIComponent(value) : ''));
    });
  }

  // Shows one summary language at a time, or all of them (the default, and the page without script).
  function languageSwitch() {
    var group = document.querySelector('.lang-switch');
    if (!group) return;
    var buttons = Array.prototype.slice.call(group.querySelectorAll('button'));
    var blocks = Array.prototype.slice.call(document.querySelectorAll('.summary-block'));
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var lang = button.dataset.lang;
        buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
        blocks.forEach(function (block) { block.hidden = lang !== '' && block.dataset.lang !== lang; });
        document.querySelector('.summary-grid').classList.toggle('single', lang !== '');
      });
    });
    group.hidden = false;
  }

  // "Copy" puts the text of the element named by data-copy on the clipboard.
  function copyButtons() {
    if (!navigator.clipboard) return;
    Array.prototype.forEach.call(document.querySelectorAll('button.copy[data-copy]'), function (button) {
      var label = button.textContent;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent).then(function () {
          button.textContent = button.dataset.copied;
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
      button.hidden = false;
    });
  }

  // Each chart point is a link to its row named by its <title>; the browser shows that title only
  // on a slow hover, so the same text is shown at once, for the keyboard too.
  function charts() {
    Array.prototype.forEach.call(document.querySelectorAll('.chart-box'), function (box) {
      var tip = document.createElement('div');
      tip.className = 'chart-tip';
      tip.hidden = true;
      tip.setAttribute('role', 'status');
      box.appendChild(tip);
      function show(event) {
        var link = event.target.closest ? event.target.closest('a') : null;
        if (!link || !box.contains(link)) return;
        var title = link.querySelector('title');
        var circle = link.querySelector('circle');
        if (!title || !circle) return;
        tip.textContent = title.textContent;
        tip.hidden = false;
        var boxRect = box.getBoundingClientRect();
        var point = circle.getBoundingClientRect();
        var x = point.left + point.width / 2 - boxRect.left;
        var left = Math.max(4, Math.min(x - tip.offsetWidth / 2, box.clientWidth - tip.offsetWidth - 4));
        var top = point.top - boxRect.top - tip.offsetHeight - 8;
        tip.style.left = left + 'px';
        tip.style.top = (top < 0 ? point.bottom - boxRect.top + 8 : top) + 'px';
      }
      function hide() { tip.hidden = true; }
      box.addEventListener('mouseover', show);
      box.addEventListener('focusin', show);
      box.addEventListener('mouseleave', hide);
      box.addEventListener('focusout', hide);
    });

    var group = document.querySelector('.chart-switch');
    if (!group) return;
    var buttons = Array.prototype.slice.call(group.querySelectorAll('button'));
    var figures = Array.prototype.slice.call(group.parentNode.querySelectorAll('figure.sota-chart'));
    buttons.forEach(function (button, i) {
      button.addEventListener('click', function () {
        buttons.forEach(function (b, j) { b.setAttribute('aria-pressed', String(i === j)); });
        figures.forEach(function (figure, j) { figure.hidden = i !== j; });
      });
    });
    group.hidden = false;
  }

  function leaderboard() {
    var tools = document.querySelector('.table-tools');
    var table = document.querySelector('table.leaderboard');
    if (!tools || !table || !window.URLSearchParams) return;

    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = Array.prototype.slice.call(body.rows).map(function (tr, index) {
      return { tr: tr, index: index, text: tr.textContent.toLowerCase(), detail: null };
    });
    var params = new URLSearchParams(location.search);
    var state = {
      sort: params.get('sort') || 'rank',
      order: params.get('order'), // apply() turns a missing or unknown order into the column's default
      q: params.get('q') || '',
      extra: params.get('extra') !== 'hide',
      abstracts: params.get('abstracts') === 'all'
    };
    var abstracts = null; // row id -> abstract text, once the leaderboard JSON has loaded
    var loading = null;

    function control(name) { return tools.querySelector('[name="' + name + '"]'); }

    function format(template) {
      var args = arguments;
      return template.replace(/\{(\d)\}/g, function (_, i) { return args[+i + 1]; });
    }

    function column(key) {
      for (var i = 0; i < headers.length; i++) if (headers[i].dataset.key === key) return i;
      return -1;
    }

    // The value a row sorts by in a column; null sorts last whatever the order.
    function sortValue(row, col) {
      var header = headers[col];
      var cell = row.tr.cells[col];
      if (header.dataset.key === 'rank') return row.tr.classList.contains('unranked') ? null : row.index;
      if (header.dataset.better) {
        var n = parseFloat(cell.textContent);
        return isNaN(n) ? null : n;
      }
      if (header.dataset.key === 'date') {
        var time = cell.querySelector('time');
        return time ? time.getAttribute('datetime') : null;
      }
      var text = cell.textContent.trim();
      return text === '' ? null : text;
    }

    function defaultOrder(col) {
      var header = headers[col];
      if (header.dataset.better) return header.dataset.better === 'high' ? 'desc' : 'asc';
      return header.dataset.key === 'date' ? 'desc' : 'asc';
    }

    function compare(a, b) {
      if (typeof a === 'number') return a - b;
      return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
    }

    function apply() {
      var col = column(state.sort);
      if (col < 0) { state.sort = 'rank'; col = column('rank'); }
      if (state.order !== 'asc' && state.order !== 'desc') state.order = defaultOrder(col);
      var sign = state.order === 'desc' ? -1 : 1;
      var sorted = rows.slice().sort(function (a, b) {
        var va = sortValue(a, col), vb = sortValue(b, col);
        if (va === null || vb === null) return va === vb ? a.index - b.index : va === null ? 1 : -1;
        return sign * compare(va, vb) || a.index - b.index;
      });

      var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      sorted.forEach(function (row) {
        var visible = (state.extra || !row.tr.classList.contains('extra-data')) &&
          terms.every(function (term) { return row.text.indexOf(term) >= 0; });
        row.tr.hidden = !visible;
        if (visible) shown++;
        body.appendChild(row.tr);
        if (row.detail) {
          row.detail.hidden = !visible || !row.open;
          body.appendChild(row.detail);
        }
      });

      headers.forEach(function (header, i) {
        if (i === col && state.sort !== 'rank') header.setAttribute('aria-sort', state.order === 'desc' ? 'descending' : 'ascending');
        else header.removeAttribute('aria-sort');
      });
      tools.querySelector('.row-count').textContent = format(tools.dataset.rowsShown, shown, rows.length);
      var button = control('abstracts');
      button.textContent = state.abstracts ? tools.dataset.hide : tools.dataset.show;
      button.setAttribute('aria-pressed', String(state.abstracts));
      saveState();
    }

    function saveState() {
      var query = new URLSearchParams();
      if (state.sort !== 'rank' || state.order !== 'asc') { query.set('sort', state.sort); query.set('order', state.order); }
      if (state.q) query.set('q', state.q);
      if (!state.extra) query.set('extra', 'hide');
      if (state.abstracts) query.set('abstracts', 'all');
      var search = query.toString();
      history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
    }

    // Abstracts come from the leaderboard's JSON file, fetched the first time someone asks for one.
    function loadAbstracts() {
      if (!loading) {
        loading = fetch(tools.dataset.json)
          .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
          .then(function (data) {
            abstracts = {};
            data.rows.forEach(function (row) { abstracts[row.id] = row.paper ? row.paper.abstract : null; });
          })
          .catch(function () {
            loading = null;
            tools.querySelector('.row-count').textContent = tools.dataset.unavailable;
            throw new Error('abstracts unavailable');
          });
      }
      return loading;
    }

    function detailFor(row) {
      if (!row.detail) {
        var tr = document.createElement('tr');
        tr.className = 'abstract-row';
        var td = tr.insertCell();
        td.colSpan = headers.length;
        var text = abstracts[row.tr.id];
        (text ? text.split(/\n\s*\n/) : [tools.dataset.none]).forEach(function (paragraph) {
          var p = document.createElement('p');
          p.textContent = paragraph.trim();
          td.appendChild(p);
        });
        row.detail = tr;
      }
      return row.detail;
    }

    function setOpen(row, open) {
      row.open = open;
      var toggle = row.tr.querySelector('button.abstract-toggle');
      if (toggle) toggle.setAttribute('aria-expanded', String(open));
      if (open) {
        row.tr.parentNode.insertBefore(detailFor(row), row.tr.nextSibling);
        row.detail.hidden = row.tr.hidden;
      } else if (row.detail) {
        row.detail.hidden = true;
      }
    }

    function showAll(open) {
      state.abstracts = open;
      if (!open) { rows.forEach(function (row) { setOpen(row, false); }); apply(); return; }
      loadAbstracts().then(function () {
        rows.forEach(function (row) { if (row.tr.id) setOpen(row, true); });
        apply();
      }, function () { state.abstracts = false; apply(); });
    }

    // Headers become sort buttons; the first press sorts best first (newest first for dates).
    headers.forEach(function (header, col) {
      if (!header.dataset.key) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.title = format(tools.dataset.sortBy, header.textContent.trim());
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      // The whole cell is the target for a pointer; the button is the one for the keyboard.
      header.addEventListener('click', function (event) { if (event.target === header) button.click(); });
      button.addEventListener('click', function () {
        var key = header.dataset.key;
        if (state.sort === key) state.order = state.order === 'asc' ? 'desc' : 'asc';
        else { state.sort = key; state.order = defaultOrder(col); }
        apply();
      });
    });

    // A small toggle per row whose source is a paper page on this site (external sources have rel).
    var paperCol = column('paper');
    rows.forEach(function (row) {
      var paper = row.tr.cells[paperCol].querySelector('a:not([rel])');
      // Rows whose paper has no abstract get no button (the build marks them no-abstract).
      if (!paper || !row.tr.id || row.tr.classList.contains('no-abstract')) return;
      var toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'abstract-toggle';
      toggle.textContent = tools.dataset.abstract;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', function () {
        var open = !row.open;
        loadAbstracts().then(function () { setOpen(row, open); }, function () {});
      });
      paper.parentNode.appendChild(toggle);
    });

    control('q').value = state.q;
    control('q').addEventListener('input', function () { state.q = control('q').value; apply(); });
    if (control('extra')) {
      control('extra').checked = state.extra;
      control('extra').addEventListener('change', function () { state.extra = control('extra').checked; apply(); });
    }
    control('abstracts').addEventListener('click', function () { showAll(!state.abstracts); });
    tools.hidden = false;
    apply();
    if (state.abstracts) showAll(true);
  }
})();
