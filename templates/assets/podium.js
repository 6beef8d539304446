// Podium's page script. Every page is complete without it; it only adds controls:
// - leaderboards: sorting, filtering and abstracts for the table. The view lives in the query
//   string (?sort=Params&order=asc&q=resnet&extra=hide&abstracts=all) so a link reproduces it;
// - charts: a tooltip for the point under the pointer or keyboard focus, and the metric switch;
// - papers: the summary language switch and the BibTeX and badge copy buttons.
(function () {
  'use strict';
  // The UI strings the controls need, in the site's language: the build writes them before this
  // script (Render/ScriptStrings.cs), so pages do not carry them.
  var text = window.podiumText || {};
  leaderboard();
  charts();
  languageSwitch();
  copyButtons();
  searchPage();

  // The search page: Pagefind's index (one short record per page, see Search/SearchRecords.cs)
  // searched in the browser. Pages whose id names the query come first ("resnet" is the paper
  // resnet-2015, "cifar-10" the dataset cifar-10), then results by kind (leaderboards, tasks,
  // datasets, papers, authors last), each kind in Pagefind's order of relevance. The query and
  // the chosen kinds live in the URL (?q=resnet&kind=Paper), so a search can be linked.
  function searchPage() {
    var element = document.getElementById('search');
    if (!element) return;
    var input = element.querySelector('input[name="q"]');
    var list = element.querySelector('.search-results');
    var status = element.querySelector('.search-status');
    var fieldset = element.querySelector('.search-kinds');
    var kinds = element.dataset.kinds.split('|');
    var params = new URLSearchParams(location.search);
    var chosen = params.getAll('kind');
    input.value = params.get('q') || '';
    var bundle = new URL(element.dataset.bundle, location.href);
    var pagefind = null;
    var latest = 0;

    function key(text) { return String(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''); }
    // The id of a result's page: the last segment of its URL without a trailing year (resnet-2015 → resnet).
    function idOf(url) {
      var segments = url.split('#')[0].split('/').filter(Boolean);
      return key((segments[segments.length - 1] || '').replace(/-\d{4}$/, ''));
    }

    function keepInUrl(q) {
      var query = new URLSearchParams();
      if (q) query.set('q', q);
      chosen.forEach(function (kind) { query.append('kind', kind); });
      var search = query.toString();
      history.replaceState(null, '', location.pathname + (search ? '?' + search : ''));
    }

    function text(parent, tag, value, className) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      node.textContent = value;
      parent.appendChild(node);
      return node;
    }

    // Pagefind's excerpt marks the matched words with <mark>; only text and those marks are copied.
    function excerpt(parent, html) {
      var template = document.createElement('template');
      template.innerHTML = html;
      var p = document.createElement('p');
      template.content.childNodes.forEach(function (node) {
        if (node.nodeName === 'MARK') text(p, 'mark', node.textContent);
        else p.appendChild(document.createTextNode(node.textContent));
      });
      parent.appendChild(p);
    }

    function render(q, results, total) {
      list.textContent = '';
      status.textContent = total ? element.dataset.count.replace('{0}', total) : element.dataset.none.replace('{0}', q);
      results.forEach(function (result) {
        var li = document.createElement('li');
        var heading = document.createElement('p');
        var link = text(heading, 'a', result.meta.title || result.url);
        link.href = result.url;
        text(heading, 'span', ' ' + (result.filters.kind || [''])[0], 'muted small');
        li.appendChild(heading);
        if (result.excerpt) excerpt(li, result.excerpt);
        list.appendChild(li);
      });
    }

    function run() {
      var q = input.value.trim();
      keepInUrl(q);
      var ticket = ++latest;
      if (!q || !pagefind) { list.textContent = ''; status.textContent = ''; return; }
      var options = chosen.length ? { filters: { kind: { any: chosen } } } : {};
      pagefind.search(q, options).then(function (search) {
        return Promise.all(search.results.slice(0, 50).map(function (r) { return r.data(); })).then(function (data) {
          if (ticket !== latest) return; // a newer query is on its way
          var wanted = key(q);
          var ranked = data.map(function (d, i) {
            var kind = kinds.indexOf((d.filters.kind || [])[0]);
            return { d: d, i: i, named: idOf(d.url) === wanted || key(d.meta.title) === wanted, kind: kind < 0 ? kinds.length : kind };
          });
          ranked.sort(function (a, b) { return (b.named - a.named) || (a.kind - b.kind) || (a.i - b.i); });
          render(q, ranked.map(function (r) { return r.d; }), search.results.length);
        });
      });
    }

    function kindFilters(available) {
      kinds.forEach(function (kind) {
        if (!available[kind]) return;
        var label = document.createElement('label');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = kind;
        box.checked = chosen.indexOf(kind) >= 0;
        box.addEventListener('change', function () {
          chosen = Array.prototype.map.call(fieldset.querySelectorAll('input:checked'), function (b) { return b.value; });
          run();
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + kind));
        fieldset.appendChild(label);
      });
      fieldset.hidden = !fieldset.querySelector('input');
    }

    element.querySelector('form').addEventListener('submit', function (event) { event.preventDefault(); run(); });
    input.addEventListener('input', run);
    import(new URL('pagefind.js', bundle).href).then(function (module) {
      pagefind = module;
      // Options first, then the index itself, then its filters: filters asked of an index still
      // loading can come back empty.
      // A big site's index comes in parts (parts.json lists the others): they are searched as one.
      return pagefind.options({ baseUrl: new URL('..', bundle).pathname })
        .then(function () { return pagefind.init(); })
        .then(function () { return fetch(new URL('parts.json', bundle)).then(function (r) { return r.ok ? r.json() : []; }, function () { return []; }); })
        .then(function (parts) {
          return Promise.all(parts.map(function (part) { return pagefind.mergeIndex(new URL(part, bundle).pathname, { baseUrl: new URL('..', bundle).pathname }); }));
        })
        .then(function () { return pagefind.filters(); });
    }).then(function (filters) {
      kindFilters(filters.kind || {});
      run();
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

  // "Copy" puts the text of the element named by data-copy on the clipboard. A paper page's badges
  // are made here from its results table: each row links its leaderboard row (…/board/#r-1a2b3c4d5e),
  // whose badge is …/board/badge/r-1a2b3c4d5e.svg; each badge is its image linked to that row, with its
  // Markdown snippet in absolute addresses from the page's canonical address (the site's base_url,
  // wherever it is served from).
  function copyButtons() {
    var canonical = document.querySelector('link[rel="canonical"]');
    var base = canonical ? canonical.href : location.href;
    var bibtex = document.querySelector('.bibtex');
    if (bibtex && navigator.clipboard) {
      bibtex.insertBefore(make('button', { type: 'button', 'class': 'copy', 'data-copy': 'bibtex', 'data-copied': text.copied, hidden: '' }, [text.copy]), bibtex.firstChild);
    }
    var results = document.getElementById('results');
    var scroll = results && results.parentNode.querySelector('.table-scroll');
    if (scroll) {
      var list = make('ul', { 'class': 'badge-list' }, []);
      Array.prototype.forEach.call(scroll.querySelectorAll('tbody tr'), function (row, i) {
        var link = row.querySelector('th a');
        var rank = row.querySelector('td.num');
        var href = link && link.getAttribute('href');
        if (!href || href.indexOf('#r-') < 0 || !rank) return;
        // A long board's later rows are on its complete table, all/ (Render/BoardPages.cs); badges are in the board's folder.
        var parts = href.split('#');
        var src = parts[0].replace(/all\/$/, '') + 'badge/' + parts[1] + '.svg';
        var alt = rank.textContent.trim() + ' · ' + link.textContent.trim();
        var code = make('code', { id: 'badge-' + i }, [
          '[![' + alt.replace(/\[/g, '\\[').replace(/\]/g, '\\]') + '](' + new URL(src, base).href + ')](' + new URL(href, base).href + ')']);
        var item = make('li', {}, [make('a', { href: href }, [make('img', { src: src, alt: alt, height: '20', loading: 'lazy' }, [])])]);
        if (navigator.clipboard) item.appendChild(make('button', { type: 'button', 'class': 'copy', 'data-copy': code.id, 'data-copied': text.copied, hidden: '' }, [text.copy]));
        item.appendChild(make('pre', { tabindex: '0' }, [code]));
        list.appendChild(item);
      });
      if (list.children.length > 0) {
        scroll.after(make('details', { 'class': 'badges' }, [make('summary', {}, [text.badges]), make('p', { 'class': 'muted small' }, [text.badges_intro]), list]));
      }
    }
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

  // Each chart point is a link to its row named by its <title> (model and value); the browser shows
  // that title only on a slow hover, so the text is shown at once, for the keyboard too, with the
  // row's date and paper, which the page writes once, in the table, rather than in every point.
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
        var circle = link.querySelector('path, circle');
        if (!title || !circle) return;
        tip.textContent = title.textContent + rowDetails(link.getAttribute('href'));
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
      // ", 2018-11-16, GPipe: …": the date and the paper (or source) cells of the point's row.
      // A long board's rows past its first are linked in its complete table (all/#r-…) until the
      // script has loaded them here.
      function rowDetails(href) {
        var hash = href ? href.indexOf('#') : -1;
        var row = hash >= 0 ? document.getElementById(href.slice(hash + 1)) : null;
        if (!row || row.cells.length < 3) return '';
        var cells = row.cells;
        var paper = cells[cells.length - 3].firstChild;
        return ', ' + cells[cells.length - 2].textContent.trim() + (paper ? ', ' + paper.textContent.trim() : '');
      }
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

  // A long board's page shows its first rows and links every row on a page of their own
  // (data-rest, see Render/BoardPages.cs): the rest are loaded into this table before the table's
  // tools start, so sorting, filtering and the "as of" view see every row; chart points and links
  // to those rows then stay on this page. results.js waits for the 'podium:rows' event.
  function leaderboard() {
    var table = document.querySelector('table.leaderboard[data-rest]');
    if (!table || !window.fetch || !window.DOMParser) { tableTools(); document.dispatchEvent(new Event('podium:rows')); return; }
    var rest = table.getAttribute('data-rest');
    fetch(rest)
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
      .then(function (html) {
        var all = new DOMParser().parseFromString(html, 'text/html').querySelector('table.leaderboard');
        if (!all) return;
        var restUrl = new URL(rest, location.href).href;
        var body = table.tBodies[0];
        var have = {};
        Array.prototype.forEach.call(body.rows, function (tr) { have[tr.id] = true; });
        Array.prototype.forEach.call(all.tBodies[0].rows, function (tr) {
          if (have[tr.id]) return;
          var row = document.importNode(tr, true);
          // The rows' links are relative to the complete table's page, a folder deeper than this one.
          Array.prototype.forEach.call(row.querySelectorAll('[href]'), function (e) {
            e.setAttribute('href', new URL(e.getAttribute('href'), restUrl).href);
          });
          body.appendChild(row);
        });
        table.removeAttribute('data-rest');
        var more = document.querySelector('.table-rest');
        if (more) more.hidden = true;
        Array.prototype.forEach.call(document.querySelectorAll('.sota a'), function (a) {
          var target = new URL(a.getAttribute('href'), location.href); // an SVG link's href is not a string
          if (target.href.split('#')[0] === restUrl) a.setAttribute('href', target.hash);
        });
      })
      .catch(function () {})
      .then(function () {
        tableTools();
        document.dispatchEvent(new Event('podium:rows'));
      });
  }

  // An element with attributes and children (strings become text nodes, never markup).
  function make(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) { element.append(child); });
    return element;
  }

  // The tools above a leaderboard's table: filter, extra data, abstracts, and the status filter and
  // "as of" date that results.js runs (it reads its strings from the data attributes set here).
  function makeTools(table) {
    var bar = document.querySelector('.table-bar');
    if (!bar || !text.filter_rows) return null;
    var tools = make('div', {
      'class': 'table-tools', role: 'group', 'aria-label': text.filter_rows, hidden: '',
      'data-rows-shown': text.rows_shown, 'data-sort-by': text.sort_by, 'data-show': text.show_abstracts, 'data-hide': text.hide_abstracts,
      'data-abstract': text.abstract_toggle, 'data-unavailable': text.abstracts_unavailable, 'data-none': text.no_abstract
    }, [
      make('label', { 'class': 'filter' }, [make('span', { 'class': 'visually-hidden' }, [text.filter_rows]), make('input', { type: 'search', name: 'q', placeholder: text.filter_placeholder })])
    ]);
    if (table.querySelector('tbody tr.extra-data')) {
      tools.append(make('label', { 'class': 'check' }, [make('input', { type: 'checkbox', name: 'extra', checked: '' }), ' ' + text.include_extra_data]));
    }
    tools.append(make('button', { type: 'button', name: 'abstracts', 'aria-pressed': 'false' }, [text.show_abstracts]));
    var statuses = [['', text.status_any], ['checked', text.status_checked], ['reproduced', text.status_reproduced_or_re_evaluated],
      ['not-reproduced', text.status_not_reproduced], ['self-reported', text.status_self_reported]];
    tools.append(make('span', { 'class': 'results-tools', hidden: '', 'data-summary': text.as_of_summary, 'data-empty': text.as_of_empty, 'data-mark': text.as_of_mark }, [
      make('label', { 'class': 'check' }, [text.filter_status + ' ', make('select', { name: 'status' }, statuses.map(function (s) { return make('option', { value: s[0] }, [s[1]]); }))]),
      ' ',
      make('label', { 'class': 'check' }, [text.as_of + ' ', make('input', { type: 'date', name: 'asof' })]),
      ' ',
      make('output', { 'class': 'asof-summary', 'aria-live': 'polite' })
    ]));
    tools.append(make('output', { 'class': 'row-count', 'aria-live': 'polite' }));
    bar.append(tools);
    return tools;
  }

  function tableTools() {
    var table = document.querySelector('table.leaderboard');
    if (!table || !window.URLSearchParams) return;
    var tools = makeTools(table);
    if (!tools) return;

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
    var abstracts = {}; // row id -> abstract text (null: the paper has none), read from the rows' paper pages
    var pages = {};     // paper page URL -> promise of its abstract, so each page is fetched once

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
        return time ? time.getAttribute('datetime') || time.textContent : null;
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

    // Abstracts live in one place, the paper's page: fetched when someone asks for them, not
    // copied into every leaderboard's JSON (at Papers with Code's scale that was 80 MB).
    function abstractOf(url) {
      if (!pages[url]) {
        pages[url] = fetch(url)
          .then(function (response) { if (!response.ok) throw new Error(response.status); return response.text(); })
          .then(function (html) {
            var doc = new DOMParser().parseFromString(html, 'text/html');
            var heading = doc.getElementById('abstract');
            var prose = heading && heading.parentNode.querySelector('.prose');
            if (!prose) return null;
            var paragraphs = Array.prototype.map.call(prose.querySelectorAll('p'), function (p) { return p.textContent; });
            return paragraphs.length ? paragraphs.join('\n\n') : prose.textContent;
          });
        pages[url].catch(function () { delete pages[url]; });
      }
      return pages[url];
    }

    function loadAbstracts(list) {
      return Promise.all(list.filter(function (row) { return row.paperUrl && !(row.tr.id in abstracts); }).map(function (row) {
        return abstractOf(row.paperUrl).then(function (text) { abstracts[row.tr.id] = text; });
      })).catch(function () {
        tools.querySelector('.row-count').textContent = tools.dataset.unavailable;
        throw new Error('abstracts unavailable');
      });
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
      loadAbstracts(rows).then(function () {
        rows.forEach(function (row) { if (row.paperUrl) setOpen(row, true); });
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
      row.paperUrl = paper.href;
      var toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'abstract-toggle';
      toggle.textContent = tools.dataset.abstract;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', function () {
        var open = !row.open;
        loadAbstracts([row]).then(function () { setOpen(row, open); }, function () {});
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
