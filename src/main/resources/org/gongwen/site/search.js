/* gongwen search runtime: loads the sharded index as ordinary <script> files (works from file:// and over http),
   proves every hit with bigram positions, renders results with DOM APIs only (document text is never parsed as HTML).
   Mirrors org.gongwen.search.SearchIndex; change both together. */
(function () {
  'use strict';
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) { DIGIT[ALPHABET.charAt(a)] = a; }
  var OPENERS = '[【〔〖〘〚(', CLOSERS = ']】〕〗〙〛)', SEPARATOR = '\u0001';
  var base = (document.currentScript && document.currentScript.getAttribute('data-index')) || 'search/';
  var files = {}, waiting = {};

  function arrived(path, data) {
    files[path] = data;
    (waiting[path] || []).forEach(function (w) { w.resolve(data); });
    delete waiting[path];
  }
  window.gongwenSearch = {
    index: function (data) { arrived('index.js', data); },
    shard: function (segment, n, data) { arrived(segment + '/' + n + '.js', data); },
    meta: function (k, data) { arrived('m/' + k + '.js', data); },
    text: function (key, k, data) { arrived('t/' + key + '-' + k + '.js', data); }
  };
  function load(path) {
    if (Object.prototype.hasOwnProperty.call(files, path)) { return Promise.resolve(files[path]); }
    return new Promise(function (resolve) {
      var first = !waiting[path];
      (waiting[path] = waiting[path] || []).push({resolve: resolve});
      if (!first) { return; }
      var script = document.createElement('script');
      script.src = base + path;
      script.async = true;
      script.onerror = function () { arrived(path, null); };
      document.head.appendChild(script);
    });
  }

  function isDropped(c) {
    var u = c.charCodeAt(0);
    return u < 0x20 || u === 0x20 || u === 0x7f || u === 0xa0 || u === 0x1680 || (u >= 0x2000 && u <= 0x200d) ||
      u === 0x2028 || u === 0x2029 || u === 0x202f || u === 0x205f || u === 0x3000 || u === 0xfeff;
  }
  function normalize(s) {
    var n = s.normalize('NFKC').toLowerCase(), out = '';
    for (var i = 0; i < n.length; i++) {
      var c = n.charAt(i);
      if (isDropped(c)) { continue; }
      out += OPENERS.indexOf(c) >= 0 ? '(' : CLOSERS.indexOf(c) >= 0 ? ')' : c;
    }
    return out;
  }
  function parse(query) {
    var terms = [], current = '';
    for (var i = 0; i <= query.length; i++) {
      if (i === query.length || isDropped(query.charAt(i))) {
        var t = normalize(current);
        if (t && terms.indexOf(t) < 0) { terms.push(t); }
        current = '';
      } else { current += query.charAt(i); }
    }
    return terms;
  }
  function decode(s) {
    var values = [], value = 0, shift = 0;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charAt(i)];
      value += (d & 31) * Math.pow(2, shift);
      if (d & 32) { shift += 5; } else { values.push(value); value = 0; shift = 0; }
    }
    return values;
  }
  function hash(kind, term, shards) {
    var key = kind + term, h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return (h >>> 0) % shards;
  }
  /* Each segment numbers its own documents; its table maps them to index numbers (0: gone from the archive, +1). */
  function segments(index) {
    if (!index.parts) {
      index.parts = index.segments.map(function (s) {
        return {name: s.name, shards: s.shards, numbers: decode(s.docs).map(function (n) { return n - 1; })};
      });
    }
    return index.parts;
  }
  /* The term's postings in every segment, decoded by decodeOne, as one Map of index number → value. */
  function postings(index, kind, term, decodeOne) {
    return Promise.all(segments(index).map(function (segment) {
      return load(segment.name + '/' + hash(kind, term, segment.shards) + '.js').then(function (shard) {
        var found = shard && shard[kind] && Object.prototype.hasOwnProperty.call(shard[kind], term);
        return {segment: segment, values: decodeOne(found ? shard[kind][term] : '')};
      });
    })).then(function (parts) {
      var out = new Map();
      parts.forEach(function (part) {
        part.values.forEach(function (value, local) {
          var doc = part.segment.numbers[local];
          if (doc >= 0) { out.set(doc, value); }
        });
      });
      return out;
    });
  }
  function allPositions(encoded) {
    var v = decode(encoded), out = new Map(), doc = 0, i = 0;
    while (i < v.length) {
      doc += v[i++];
      var count = v[i++], ps = [], p = 0;
      for (var k = 0; k < count; k++) { p += v[i++]; ps.push(p); }
      out.set(doc, ps);
    }
    return out;
  }
  function firstPositions(encoded) {
    var v = decode(encoded), out = new Map(), doc = 0;
    for (var i = 0; i < v.length; i += 3) { doc += v[i]; out.set(doc, [v[i + 2]]); }
    return out;
  }
  function counts(encoded) {
    var v = decode(encoded), out = new Map(), doc = 0;
    for (var i = 0; i < v.length; i += 2) { doc += v[i]; out.set(doc, v[i + 1]); }
    return out;
  }
  function coveringOffsets(length) {
    var offsets = [];
    for (var i = 0; i + 1 < length; i += 2) { offsets.push(i); }
    if (offsets[offsets.length - 1] !== length - 2) { offsets.push(length - 2); }
    return offsets;
  }
  function contains(sorted, x) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] === x) { return true; }
      if (sorted[mid] < x) { lo = mid + 1; } else { hi = mid - 1; }
    }
    return false;
  }
  function phrase(offsets, lists) {
    var out = new Map(), docs = Array.from(lists[0].keys()).sort(function (x, y) { return x - y; });
    docs.forEach(function (doc) {
      var others = [];
      for (var i = 1; i < lists.length; i++) {
        if (!lists[i].has(doc)) { return; }
        others[i] = lists[i].get(doc);
      }
      var starts = lists[0].get(doc).filter(function (p) {
        for (var i = 1; i < lists.length; i++) { if (!contains(others[i], p + offsets[i])) { return false; } }
        return true;
      });
      if (starts.length) { out.set(doc, starts); }
    });
    return out;
  }
  function matches(index, term) {
    if (term.length === 1) { return postings(index, 'c', term, firstPositions); }
    var offsets = coveringOffsets(term.length);
    return Promise.all(offsets.map(function (o) { return postings(index, 'b', term.substr(o, 2), allPositions); }))
      .then(function (lists) { return phrase(offsets, lists); });
  }
  function table(index) {
    if (!index.table) {
      var v = decode(index.docs), rows = [], total = 0;
      for (var d = 0; d < index.count; d++) { rows.push(v.slice(d * 6, d * 6 + 6)); total += v[d * 6 + 5]; }
      index.table = rows;
      index.averageLength = index.count ? total / index.count : 1;
    }
    return index.table;
  }
  function score(index, doc, positions, isWord) {
    var d = table(index)[doc], s = 0;
    if (positions[0] < d[3]) { s += 1000; }
    if (positions.some(function (p) { return p > d[3] && p < d[4]; })) { s += 100; }
    var body = positions.filter(function (p) { return p > d[4]; }).length;
    var norm = 1.2 * (0.25 + 0.75 * d[5] / index.averageLength);
    s += Math.round(10 * body / (body + norm));
    return s + (isWord ? 2 : 0);
  }

  /* Runs a query; resolves to {terms, results: [{doc, score, position}]} best first, before any filter. */
  function search(query) {
    var terms = parse(query);
    return load('index.js').then(function (index) {
      if (!index) { throw new Error('search index missing'); }
      if (!terms.length) { return {index: index, terms: terms, results: []}; }
      return Promise.all(terms.map(function (t) {
        return Promise.all([matches(index, t), t.length > 1 ? postings(index, 'w', t, counts) : new Map()]);
      })).then(function (perTerm) {
        var scores = null, firsts = new Map();
        perTerm.forEach(function (pair, ti) {
          var next = new Map();
          pair[0].forEach(function (positions, doc) {
            if (scores !== null && !scores.has(doc)) { return; }
            next.set(doc, (scores ? scores.get(doc) : 0) + score(index, doc, positions, pair[1].has(doc)));
            if (!firsts.has(doc)) {
              var d = table(index)[doc], body = positions.filter(function (p) { return p > d[4]; });
              firsts.set(doc, body.length ? body[0] : positions[0]);
            }
          });
          scores = next;
        });
        var results = [];
        scores.forEach(function (s, doc) { results.push({doc: doc, score: s, position: firsts.get(doc)}); });
        var rows = table(index);
        results.sort(function (x, y) { return y.score - x.score || rows[y.doc][0] - rows[x.doc][0] || x.doc - y.doc; });
        return {index: index, terms: terms, results: results};
      });
    });
  }
  function details(index, result, termLength) {
    var row = table(index)[result.doc], chunk = index.textChunk;
    var from = Math.max(0, result.position - 30), to = Math.min(row[5], result.position + termLength + 50);
    var parts = [load('m/' + Math.floor(result.doc / index.metaChunk) + '.js')];
    /* text chunks are named by the text's key (hex), not the document's number, which shifts when one is added */
    var key = index.textKeys.substr(result.doc * index.textKeyLength, index.textKeyLength);
    for (var k = Math.floor(from / chunk); k * chunk < to; k++) { parts.push(load('t/' + key + '-' + k + '.js')); }
    return Promise.all(parts).then(function (loaded) {
      var meta = loaded[0][result.doc % index.metaChunk], text = loaded.slice(1).join('');
      var start = Math.floor(from / chunk) * chunk;
      return {url: meta[0], title: meta[1], docNumber: meta[2], date: meta[3], issuer: meta[4], docType: meta[5],
        snippet: text.substring(from - start, to - start).split(SEPARATOR).join(' ')};
    });
  }

  window.gongwenSearchApi = {normalize: normalize, parse: parse, search: search, details: details, table: table};
})();
