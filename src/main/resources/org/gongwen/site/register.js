/* The register table: filter by owner, deadline year, document and kind; sort by any column (keyboard: the column
   headers are buttons). Works on the rows already in the page. */
(function () {
  'use strict';
  var table = document.getElementById('register'), form = document.getElementById('register-filters');
  if (!table || !form) { return; }
  var body = table.tBodies[0], count = document.getElementById('register-count');
  var rows = Array.prototype.slice.call(body.rows);
  function filter() {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = ['owner', 'year', 'doc', 'kind'].every(function (name) {
        var wanted = form.elements[name].value;
        return !wanted || row.getAttribute('data-' + name) === wanted;
      });
      row.hidden = !keep;
      if (keep) { shown++; }
    });
    count.textContent = '显示 ' + shown + ' / ' + rows.length + ' 项';
  }
  function key(row, column) {
    var cell = row.cells[column], sort = cell.getAttribute('data-sort');
    if (sort !== null && sort !== '') { return {n: parseFloat(sort)}; }
    return {s: cell.textContent.trim()};
  }
  function compare(a, b) {
    if (a.n !== undefined && b.n !== undefined) { return a.n - b.n; }
    if (a.n !== undefined) { return -1; }
    if (b.n !== undefined) { return 1; }
    return a.s.localeCompare(b.s, 'zh-CN');
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll('button[data-column]'), function (button) {
    button.addEventListener('click', function () {
      var th = button.parentNode, column = parseInt(button.getAttribute('data-column'), 10);
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      rows.sort(function (a, b) { var c = compare(key(a, column), key(b, column)); return ascending ? c : -c; });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  form.addEventListener('change', filter);
  filter();
})();
