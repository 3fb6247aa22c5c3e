/* policy-check report: fills the totals, draws the tables from the data block and filters the findings.
 *
 * The data block (script#report-data, JSON; indexes refer to the arrays named):
 *   pageRows   rows a table shows at a time
 *   outcomes   ["ALLOW", "REVIEW", "DENY"], verdicts ["REVIEW", "VIOLATION"]
 *   clauses    [[id, clause text]], in reading order
 *   posts      [[post id, postedAt (ISO-8601, UTC) or null, outcome]]
 *   findings   [[post, clause, verdict, [evidence], [remedy: strings], message: strings]]
 *     evidence ["t", in, match, signal, confidence, before, after] | ["m", media, element, confidence]
 *              | ["l", label, confidence, in, source] | ["a", account]
 *   exceptions [[post, clause id, exception, media or null]]
 *   approvals  [[post, approval id, status, reason or null]]
 *   errors     [[post, rule, message]]         errors met while evaluating
 *   leftOut    [[file, line, post id or null, error]]
 *   strings    [text]
 *
 * Every value goes into the page as text (text nodes, or the title and data-k attributes), never as markup.
 * The filter state lives in the address's fragment (#clause=311.40-1.1&outcome=DENY), so a filtered view can
 * be linked to; the charts link to such fragments. When done the page says so: <html data-ready="ms">; a
 * script error sets data-script-error="message" instead. */
(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('error', function (event) {
    root.setAttribute('data-script-error', String(event.message || 'script error'));
  });
  var started = performance.now();
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var OUT = data.outcomes;
  var VERD = data.verdicts;
  var S = data.strings;
  var PAGE = data.pageRows;
  var numbers = new Intl.NumberFormat('en-US');
  var KEYS = ['clause', 'outcome', 'verdict', 'month', 'post'];

  function fmt(n) {
    return numbers.format(n);
  }

  /** An element with attributes (null values left out) and children (strings become text nodes). */
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] !== null && attrs[k] !== undefined) {
          e.setAttribute(k, String(attrs[k]));
        }
      });
    }
    (kids || []).forEach(function (c) {
      if (c !== null && c !== undefined) {
        e.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
      }
    });
    return e;
  }

  var cells = new Map();
  Array.prototype.forEach.call(document.querySelectorAll('[data-k]'), function (e) {
    var key = e.getAttribute('data-k');
    cells.set(key, (cells.get(key) || []).concat([e]));
  });

  function put(key, n) {
    (cells.get(key) || []).forEach(function (e) {
      e.textContent = fmt(n);
    });
  }

  function count(rows, key) {
    var counts = new Map();
    rows.forEach(function (r) {
      var k = key(r);
      counts.set(k, (counts.get(k) || 0) + 1);
    });
    return counts;
  }

  /** A table drawn a page at a time; returns the function that gives it its rows. */
  function pager(container, head, render) {
    var tbody = el('tbody');
    var info = el('span', {'class': 'pages'});
    var prev = el('button', {type: 'button'}, ['\u2039 previous']);
    var next = el('button', {type: 'button'}, ['next \u203a']);
    var controls = el('p', {'class': 'pager'}, [prev, ' ', info, ' ', next]);
    var rows = [];
    var page = 0;
    container.appendChild(el('table', {'class': 'rows'}, [
      el('thead', null, [el('tr', null, head.map(function (h) { return el('th', null, [h]); }))]), tbody]));
    container.appendChild(controls);

    function draw() {
      var start = page * PAGE;
      var end = Math.min(rows.length, start + PAGE);
      var fragment = document.createDocumentFragment();
      for (var i = start; i < end; i++) {
        fragment.appendChild(render(rows[i]));
      }
      tbody.textContent = '';
      tbody.appendChild(fragment);
      info.textContent = rows.length === 0 ? 'none'
        : 'rows ' + fmt(start + 1) + '\u2013' + fmt(end) + ' of ' + fmt(rows.length);
      prev.disabled = page === 0;
      next.disabled = end >= rows.length;
      controls.hidden = rows.length <= PAGE && rows.length > 0;
    }
    prev.addEventListener('click', function () { page--; draw(); });
    next.addEventListener('click', function () { page++; draw(); });
    return function (newRows) {
      rows = newRows;
      page = 0;
      draw();
    };
  }

  function postCell(index) {
    var post = data.posts[index];
    return el('td', {'class': 'post'}, [post[0], post[1] ? el('small', null, [post[1].slice(0, 16).replace('T', ' ')]) : null]);
  }

  function confidence(c) {
    return c < 1 ? ' (' + c.toFixed(2) + ')' : '';
  }

  function evidence(e) {
    switch (e[0]) {
      case 't':
        return el('li', null, [el('span', {'class': 'in'}, [e[1]]), ' ',
          el('span', {'class': 'ctx'}, [e[5], el('mark', null, [e[2]]), e[6]]),
          ' \u2014 ' + e[3] + confidence(e[4])]);
      case 'm':
        return el('li', null, [e[1] + ' shows ' + e[2] + confidence(e[3])]);
      case 'l':
        return el('li', null, [(e[3] === 'shared' ? 'the shared content' : 'the post') + ' is labelled ' + e[1]
          + (e[4] ? ' by ' + e[4] : '') + confidence(e[2])]);
      default:
        return el('li', null, ['the account\u2019s ' + e[1]]);
    }
  }

  function badge(kind, word) {
    return el('span', {'class': kind + '-' + word}, [word]);
  }

  function findingRow(f) {
    var post = data.posts[f[0]];
    return el('tr', {'class': 'finding'}, [
      postCell(f[0]),
      el('td', null, [badge('o', OUT[post[2]])]),
      el('td', {'class': 'clause'}, [data.clauses[f[1]][0], el('small', null, [S[f[5]]])]),
      el('td', null, [badge('v', VERD[f[2]])]),
      el('td', {'class': 'ev'}, [el('ul', null, f[3].map(evidence))]),
      el('td', null, f[4].length === 0 ? ['\u2014']
        : [el('ul', null, f[4].map(function (r) { return el('li', null, [S[r]]); }))])]);
  }

  // Totals.
  var byOutcome = count(data.posts, function (p) { return p[2]; });
  OUT.forEach(function (o, i) { put('outcome:' + o, byOutcome.get(i) || 0); });
  put('posts', data.posts.length);
  put('left-out', data.leftOut.length);
  put('findings', data.findings.length);
  put('findings-all', data.findings.length);
  put('exceptions', data.exceptions.length);
  put('approvals', data.approvals.length);
  put('errors', data.errors.length);

  var clauseIndex = new Map();
  var perClause = data.clauses.map(function (c, i) {
    clauseIndex.set(c[0], i);
    return {VIOLATION: 0, REVIEW: 0, posts: new Set()};
  });
  data.findings.forEach(function (f) {
    perClause[f[1]][VERD[f[2]]]++;
    perClause[f[1]].posts.add(f[0]);
  });
  var clauseRows = document.querySelector('#clauses tbody');
  data.clauses.forEach(function (c, i) {
    var n = perClause[i];
    clauseRows.appendChild(el('tr', null, [
      el('th', null, [el('a', {href: '#clause=' + encodeURIComponent(c[0]), title: c[1]}, [c[0]])]),
      el('td', {'class': 'n', 'data-k': 'clause:' + c[0] + ':VIOLATION'}, [fmt(n.VIOLATION)]),
      el('td', {'class': 'n', 'data-k': 'clause:' + c[0] + ':REVIEW'}, [fmt(n.REVIEW)]),
      el('td', {'class': 'n', 'data-k': 'clause:' + c[0] + ':posts'}, [fmt(n.posts.size)])]));
  });

  // The findings and their filter.
  var form = document.getElementById('filter');
  var fields = form.elements;
  data.clauses.forEach(function (c) { fields.clause.appendChild(el('option', {value: c[0]}, [c[0]])); });
  var months = new Set();
  data.findings.forEach(function (f) {
    var at = data.posts[f[0]][1];
    if (at) {
      months.add(at.slice(0, 7));
    }
  });
  Array.from(months).sort().forEach(function (m) { fields.month.appendChild(el('option', null, [m])); });

  function fromFragment() {
    var query = new URLSearchParams(location.hash.slice(1));
    KEYS.forEach(function (k) {
      var value = query.get(k) || '';
      var field = fields[k];
      if (field.tagName === 'SELECT' && !Array.prototype.some.call(field.options, function (o) { return o.value === value; })) {
        field.appendChild(el('option', {value: value}, [value])); // linked to, though nothing matches it
      }
      field.value = value;
    });
  }

  function toFragment() {
    var query = new URLSearchParams();
    KEYS.forEach(function (k) {
      if (fields[k].value) {
        query.set(k, fields[k].value);
      }
    });
    try {
      history.replaceState(null, '', '#' + query.toString());
    } catch (ignored) {
      // some browsers refuse it for a file: page; the filter works all the same
    }
  }

  /** The index of a chosen word: -1 for any, -2 for a word that is not there. */
  function chosen(words, value) {
    return value === '' ? -1 : words.indexOf(value) >= 0 ? words.indexOf(value) : -2;
  }

  function matching() {
    var clause = fields.clause.value === '' ? -1
      : clauseIndex.has(fields.clause.value) ? clauseIndex.get(fields.clause.value) : -2;
    var outcome = chosen(OUT, fields.outcome.value);
    var verdict = chosen(VERD, fields.verdict.value);
    var month = fields.month.value;
    var post = fields.post.value.trim().toLowerCase();
    return data.findings.filter(function (f) {
      var p = data.posts[f[0]];
      return (clause === -1 || f[1] === clause) && (outcome === -1 || p[2] === outcome)
        && (verdict === -1 || f[2] === verdict) && (month === '' || (p[1] !== null && p[1].slice(0, 7) === month))
        && (post === '' || p[0].toLowerCase().indexOf(post) >= 0);
    });
  }

  var showFindings = pager(document.getElementById('findings-table'),
    ['post (posted, UTC)', 'outcome', 'clause and finding', 'verdict', 'evidence', 'remedies'], findingRow);

  function apply() {
    var rows = matching();
    put('matching', rows.length);
    put('matching-posts', new Set(rows.map(function (f) { return f[0]; })).size);
    showFindings(rows);
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('change', function () { apply(); toFragment(); });
  form.addEventListener('input', function (e) {
    if (e.target.name === 'post') {
      apply();
      toFragment();
    }
  });
  form.addEventListener('reset', function () {
    setTimeout(function () { apply(); toFragment(); }, 0);
  });
  window.addEventListener('hashchange', function () {
    fromFragment();
    apply();
    document.getElementById('findings').scrollIntoView();
  });

  // Exceptions, approvals, records left out, evaluation errors.
  function summary(container, head, rows, key, columns, dataKey) {
    var counts = count(rows, key);
    var body = el('tbody');
    Array.from(counts.keys()).sort().forEach(function (k) {
      var cols = columns(k);
      body.appendChild(el('tr', null, cols.map(function (c) { return el('td', null, [c]); })
        .concat([el('td', {'class': 'n', 'data-k': dataKey(k)}, [fmt(counts.get(k))])])));
    });
    container.appendChild(rows.length === 0 ? el('p', {'class': 'note'}, ['None.'])
      : el('table', {'class': 'counts'}, [el('thead', null, [el('tr', null, head.map(function (h) {
        return el('th', null, [h]);
      }))]), body]));
  }

  summary(document.getElementById('exceptions-summary'), ['clause', 'exception', 'times'], data.exceptions,
    function (e) { return e[1] + '\u0000' + e[2]; }, function (k) { return k.split('\u0000'); },
    function (k) { return 'exception:' + k.split('\u0000').join(':'); });
  if (data.exceptions.length > 0) {
    pager(document.getElementById('exceptions-table'), ['post', 'clause', 'exception', 'media'], function (e) {
      return el('tr', null, [postCell(e[0]), el('td', null, [e[1]]), el('td', null, [e[2]]), el('td', null, [e[3] || '\u2014'])]);
    })(data.exceptions);
  }
  summary(document.getElementById('approvals-summary'), ['status', 'reason', 'approvals'], data.approvals,
    function (a) { return a[2] + '\u0000' + (a[3] || ''); }, function (k) { return k.split('\u0000'); },
    function (k) { return 'approval:' + k.split('\u0000').join(':'); });
  if (data.approvals.length > 0) {
    pager(document.getElementById('approvals-table'), ['post', 'approval', 'status', 'reason'], function (a) {
      return el('tr', null, [postCell(a[0]), el('td', null, [a[1]]), el('td', null, [badge('a', a[2])]),
        el('td', null, [a[3] || '\u2014'])]);
    })(data.approvals);
  }
  var leftOut = document.getElementById('left-out-table');
  leftOut.appendChild(el('h3', null, ['Records left out: ', el('span', {'data-k': 'left-out-list'}, [fmt(data.leftOut.length)])]));
  pager(leftOut, ['file', 'line', 'post', 'what is wrong'], function (r) {
    return el('tr', {'class': 'left-out'}, [el('td', null, [r[0]]), el('td', {'class': 'n'}, [fmt(r[1])]),
      el('td', null, [r[2] || '\u2014']), el('td', null, [r[3]])]);
  })(data.leftOut);
  var errors = document.getElementById('errors-table');
  errors.appendChild(el('h3', null, ['Errors met while evaluating: ', fmt(data.errors.length)]));
  pager(errors, ['post', 'rule', 'message'], function (e) {
    return el('tr', null, [postCell(e[0]), el('td', null, [e[1]]), el('td', null, [e[2]])]);
  })(data.errors);

  fromFragment();
  apply();
  root.setAttribute('data-ready', String(Math.round(performance.now() - started)));
}());
