/* The search page: reads ?q=&year=&issuer=&type= from the URL, runs gongwenSearchApi, renders results with DOM APIs
   (textContent only), pages through results 20 at a time. */
(function () {
  'use strict';
  var api = window.gongwenSearchApi, PAGE = 20;
  var form = document.getElementById('search-form'), status = document.getElementById('search-status');
  var list = document.getElementById('search-results'), more = document.getElementById('search-more');
  var params = new URLSearchParams(window.location.search);
  var query = params.get('q') || '';
  form.elements.q.value = query;

  function yearOf(row) { return row[0] ? String(Math.floor(row[0] / 10000)) : ''; }
  function fillSelect(select, values, chosen) {
    values.forEach(function (v) {
      var option = document.createElement('option');
      option.value = v; option.textContent = v;
      if (v === chosen) { option.selected = true; }
      select.appendChild(option);
    });
  }
  function fillFilters(index) {
    var rows = api.table(index), years = [];
    rows.forEach(function (r) { var y = yearOf(r); if (y && years.indexOf(y) < 0) { years.push(y); } });
    years.sort().reverse();
    fillSelect(form.elements.year, years, params.get('year'));
    fillSelect(form.elements.issuer, index.issuers, params.get('issuer'));
    fillSelect(form.elements.type, index.types, params.get('type'));
  }
  function keep(index, result) {
    var row = api.table(index)[result.doc];
    var year = params.get('year'), issuer = params.get('issuer'), type = params.get('type');
    return (!year || yearOf(row) === year) && (!issuer || index.issuers[row[1] - 1] === issuer) &&
      (!type || index.types[row[2] - 1] === type);
  }
  function highlighted(text, terms) {
    var fragment = document.createDocumentFragment(), normalized = text, i = 0;
    while (i < normalized.length) {
      var best = -1, length = 0;
      terms.forEach(function (t) {
        var at = normalized.indexOf(t, i);
        if (at >= 0 && (best < 0 || at < best || (at === best && t.length > length))) { best = at; length = t.length; }
      });
      if (best < 0) { break; }
      fragment.appendChild(document.createTextNode(normalized.substring(i, best)));
      var mark = document.createElement('mark');
      mark.textContent = normalized.substr(best, length);
      fragment.appendChild(mark);
      i = best + length;
    }
    fragment.appendChild(document.createTextNode(normalized.substring(i)));
    return fragment;
  }
  function render(item, info, terms) {
    var li = document.createElement('li'), link = document.createElement('a'), meta = document.createElement('div');
    link.href = info.url;
    link.textContent = info.title || info.docNumber || info.url;
    li.appendChild(link);
    meta.className = 'result-meta';
    meta.textContent = [info.docNumber, info.issuer, info.date].filter(Boolean).join(' · ');
    li.appendChild(meta);
    var snippet = document.createElement('p');
    snippet.className = 'snippet';
    snippet.appendChild(highlighted(info.snippet, terms));
    li.appendChild(snippet);
    item.appendChild(li);
  }
  function show(outcome, results, from) {
    var page = results.slice(from, from + PAGE), length = outcome.terms[0] ? outcome.terms[0].length : 0;
    return Promise.all(page.map(function (r) { return api.details(outcome.index, r, length); })).then(function (infos) {
      infos.forEach(function (info) { render(list, info, outcome.terms); });
      more.hidden = from + PAGE >= results.length;
      more.onclick = function () { show(outcome, results, from + PAGE); };
    });
  }
  if (!query.trim()) {
    api.search('').then(function (o) { fillFilters(o.index); status.textContent = '请输入检索词。'; });
    return;
  }
  status.textContent = '检索中…';
  api.search(query).then(function (outcome) {
    fillFilters(outcome.index);
    var results = outcome.results.filter(function (r) { return keep(outcome.index, r); });
    status.textContent = results.length ? '共 ' + results.length + ' 篇文件含“' + outcome.terms.join('”“') + '”。'
      : '没有文件含“' + outcome.terms.join('”“') + '”。';
    document.title = query + ' - 检索';
    return show(outcome, results, 0);
  }).catch(function (e) { status.textContent = '检索失败：' + e.message; });
})();
