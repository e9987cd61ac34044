// KGraph interactive diagram. Plain browser JavaScript, no libraries, works from a file:// page.
// Every piece of graph text goes into the page through textContent or setAttribute, never as HTML.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var svg = document.getElementById('graph');
  var viewport = document.getElementById('viewport');
  var edgeLayer = document.getElementById('edges');
  var nodeLayer = document.getElementById('nodes');
  var details = document.getElementById('details');
  var view = { x: 0, y: 0, k: 1 };
  var selected = -1;
  var nodes = data.nodes, edges = data.edges;
  var overview = nodes.length > 300;

  function el(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var name in attrs) e.setAttribute(name, attrs[name]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function html(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // ---- graph structure ----
  var incident = nodes.map(function () { return []; });
  edges.forEach(function (edge, i) {
    incident[edge.source].push(i);
    if (edge.target !== edge.source) incident[edge.target].push(i);
  });
  var typeColor = {};
  data.relationshipTypes.forEach(function (t) { typeColor[t.name] = t.color; });

  // ---- drawing ----
  function markerId(type) { return 'arrow-' + data.relationshipTypes.findIndex(function (t) { return t.name === type; }); }

  data.relationshipTypes.forEach(function (t, i) {
    var marker = el('marker', { id: 'arrow-' + i, viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '8', markerHeight: '8', markerUnits: 'userSpaceOnUse', orient: 'auto' });
    marker.appendChild(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: t.color }));
    document.getElementById('markers').appendChild(marker);
  });

  function radius(node) { return overview ? 3 + 1.5 * Math.sqrt(node.degree) : 13 + 3 * Math.sqrt(node.degree); }

  // Parallel edges between the same two nodes bend apart so that each stays visible.
  var pairCount = {}, pairSeen = {};
  edges.forEach(function (e) {
    var key = Math.min(e.source, e.target) + ':' + Math.max(e.source, e.target);
    pairCount[key] = (pairCount[key] || 0) + 1;
  });

  var edgeShapes = edges.map(function (edge, i) {
    var a = nodes[edge.source], b = nodes[edge.target];
    var key = Math.min(edge.source, edge.target) + ':' + Math.max(edge.source, edge.target);
    var k = pairSeen[key] = (pairSeen[key] || 0) + 1;
    var bend = (k - 1 - (pairCount[key] - 1) / 2) * 28;
    var lo = edge.source < edge.target ? a : b, hi = edge.source < edge.target ? b : a;
    var len = Math.max(1e-9, Math.hypot(hi.x - lo.x, hi.y - lo.y));
    var cx = (a.x + b.x) / 2 - (hi.y - lo.y) / len * bend * 2;
    var cy = (a.y + b.y) / 2 + (hi.x - lo.x) / len * bend * 2;
    var d, mid;
    if (edge.source === edge.target) {
      var r = radius(a);
      mid = [a.x, a.y - r - 38];
      d = 'M' + (a.x - 6) + ',' + (a.y - r) + ' C' + (a.x - 40) + ',' + (a.y - r - 50) + ' ' + (a.x + 40) + ',' + (a.y - r - 50) + ' ' + (a.x + 6) + ',' + (a.y - r);
    } else {
      var s = border(a, cx, cy), t = border(b, cx, cy);
      mid = [(s[0] + t[0]) / 4 + cx / 2, (s[1] + t[1]) / 4 + cy / 2];
      d = 'M' + s[0].toFixed(1) + ',' + s[1].toFixed(1) + ' Q' + cx.toFixed(1) + ',' + cy.toFixed(1) + ' ' + t[0].toFixed(1) + ',' + t[1].toFixed(1);
    }
    var g = el('g', { 'data-index': String(i) });
    var path = el('path', { d: d, class: 'edge' + (edge.status === 'Extracted' ? ' extracted' : ''), stroke: edge.color, 'data-type': edge.type, 'data-id': edge.id });
    if (!edge.symmetric) path.setAttribute('marker-end', 'url(#' + markerId(edge.type) + ')');
    var hit = el('path', { d: d, class: 'edge-hit' });
    var tip = el('title', {}, edge.tooltip);
    hit.appendChild(tip);
    g.appendChild(path);
    g.appendChild(hit);
    g.addEventListener('click', function (ev) { ev.stopPropagation(); showRelationship(i); });
    edgeLayer.appendChild(g);
    return { path: path, hit: hit, mid: mid };
  });

  function border(node, tx, ty) {
    var dx = tx - node.x, dy = ty - node.y, len = Math.hypot(dx, dy) || 1, r = radius(node) + 1.5;
    return [node.x + dx / len * r, node.y + dy / len * r];
  }

  var hubs = nodes.map(function (n, i) { return i; }).sort(function (a, b) { return nodes[b].degree - nodes[a].degree; }).slice(0, 40);
  var nodeShapes = nodes.map(function (node, i) {
    var g = el('g', { class: 'node', 'data-id': node.id, 'data-index': String(i), transform: 'translate(' + node.x + ',' + node.y + ')' });
    g.appendChild(el('circle', { r: radius(node), fill: node.fill, stroke: node.color }));
    g.appendChild(el('text', { y: radius(node) + 3, 'dominant-baseline': 'hanging', 'text-anchor': 'middle' }, node.name));
    g.appendChild(el('title', {}, node.name + ' (' + node.type + ')'));
    g.addEventListener('mouseenter', function () { highlight(i); });
    g.addEventListener('mouseleave', function () { highlight(-1); });
    g.addEventListener('click', function (ev) { ev.stopPropagation(); selectNode(i, false); });
    nodeLayer.appendChild(g);
    return g;
  });
  // Hubs go last so that their labels are drawn above every other node.
  var isHub = nodes.map(function () { return false; });
  hubs.forEach(function (i) { isHub[i] = true; nodeShapes[i].classList.add('hub'); nodeLayer.appendChild(nodeShapes[i]); });
  if (overview) svg.classList.add('overview');

  // Entities without any relationship say nothing in a diagram and, by the hundred, crowd out the rest:
  // hidden until asked for (a search still finds and shows one).
  var lonely = [];
  nodes.forEach(function (n, i) { if (incident[i].length === 0) { lonely.push(i); nodeShapes[i].classList.add('lonely'); } });
  var showLonely = document.getElementById('show-lonely');
  if (lonely.length === 0) document.getElementById('lonely-section').hidden = true;
  document.getElementById('lonely-count').textContent = String(lonely.length);
  svg.classList.toggle('hide-lonely', !showLonely.checked);
  showLonely.addEventListener('change', function () {
    svg.classList.toggle('hide-lonely', !showLonely.checked);
    updateStatus();
    fit();
  });
  function isShown(i) { return showLonely.checked || incident[i].length > 0 || i === selected; }

  // ---- labels that never cover each other ----
  // Names keep one on-screen size at any zoom; after every change of view they are placed greedily,
  // the selected and hovered entities first, then by degree, and a name that would cover one already
  // placed (or lies off screen) is hidden until zooming in makes room.
  var labelWidth = nodes.map(function () { return 0; }), labelOrder = nodes.map(function (n, i) { return i; })
    .sort(function (a, b) { return nodes[b].degree - nodes[a].degree || a - b; });
  var labelsPending = false;
  function scheduleLabels() {
    if (labelsPending) return;
    labelsPending = true;
    window.requestAnimationFrame(function () { labelsPending = false; placeLabels(); });
  }
  function placeLabels() {
    var box = svg.getBoundingClientRect();
    var cell = 120, height = 17, labels = {}, dots = {}, hubDots = {};
    function key(cx, cy) { return cx + ':' + cy; }
    function cells(l, t, w, h, visit) {
      for (var cx = Math.floor(l / cell); cx <= Math.floor((l + w) / cell); cx++) {
        for (var cy = Math.floor(t / cell); cy <= Math.floor((t + h) / cell); cy++) {
          if (visit(key(cx, cy)) === false) return false;
        }
      }
      return true;
    }
    function add(grid, item) { cells(item[0], item[1], item[2], item[3], function (k) { (grid[k] = grid[k] || []).push(item); }); }
    function clearOf(grid, l, t, w, h, own) {
      return cells(l, t, w, h, function (k) {
        var list = grid[k] || [];
        for (var j = 0; j < list.length; j++) {
          var o = list[j];
          if (o[4] !== own && l < o[0] + o[2] && o[0] < l + w && t < o[1] + o[3] && o[1] < t + h) return false;
        }
      });
    }
    // A name may not lie under another entity's dot either: dots are drawn over earlier names. Hubs are
    // drawn last, so a hub's name is only ever covered by another hub.
    nodes.forEach(function (n, i) {
      if (!isShown(i)) return;
      var r = radius(n) * view.k, dot = [view.x + n.x * view.k - r, view.y + n.y * view.k - r, 2 * r, 2 * r, i];
      add(dots, dot);
      if (isHub[i]) add(hubDots, dot);
    });
    var first = [];
    if (selected >= 0) first.push(selected);
    nodeShapes.forEach(function (g, i) { if (i !== selected && g.classList.contains('near')) first.push(i); });
    var placed = 0, done = nodes.map(function () { return false; });
    first.concat(labelOrder).forEach(function (i) {
      if (done[i]) return;
      done[i] = true;
      var g = nodeShapes[i];
      var n = nodes[i];
      // On-screen widths do not change with zoom (the font scales against it), so each name is measured once, when
      // first shown: a hidden name (an unconnected entity behind its box, or one crowded out) measures 0.
      if (labelWidth[i] === 0 && isShown(i)) {
        g.classList.remove('crowded');
        labelWidth[i] = g.querySelector('text').getComputedTextLength() * view.k;
      }
      var w = labelWidth[i];
      var l = view.x + n.x * view.k - w / 2, t = view.y + n.y * view.k + (radius(n) + 3) * view.k;
      var ok = isShown(i) && l + w > 0 && t + height > 0 && l < box.width && t < box.height &&
        clearOf(labels, l, t, w, height, -1) && clearOf(isHub[i] ? hubDots : dots, l, t, w, height, i);
      if (ok) { add(labels, [l, t, w, height, i]); placed++; }
      g.classList.toggle('crowded', !ok);
      g.setAttribute('data-label', ok ? 'shown' : 'hidden');
    });
    svg.setAttribute('data-labels-shown', String(placed));
  }

  // ---- pan and zoom ----
  function applyView() {
    viewport.setAttribute('transform', 'translate(' + view.x + ',' + view.y + ') scale(' + view.k + ')');
    // Labels keep one on-screen size whatever the zoom, so a fitted large graph stays readable.
    svg.style.setProperty('--zoom', String(view.k));
    scheduleLabels();
  }

  function fit() {
    if (nodes.length === 0) { view = { x: 0, y: 0, k: 1 }; applyView(); return; }
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n, i) {
      if (!isShown(i)) return;
      minX = Math.min(minX, n.x); minY = Math.min(minY, n.y); maxX = Math.max(maxX, n.x); maxY = Math.max(maxY, n.y);
    });
    if (minX === Infinity) { minX = maxX = 0; minY = maxY = 0; }
    var box = svg.getBoundingClientRect(), pad = 60;
    var k = Math.min((box.width - 2 * pad) / Math.max(maxX - minX, 1), (box.height - 2 * pad) / Math.max(maxY - minY, 1));
    k = Math.max(0.05, Math.min(k, 2));
    view = { k: k, x: box.width / 2 - (minX + maxX) / 2 * k, y: box.height / 2 - (minY + maxY) / 2 * k };
    applyView();
  }

  function zoomAt(factor, px, py) {
    var k = Math.max(0.02, Math.min(view.k * factor, 20));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    applyView();
  }

  function centreOn(i) {
    var box = svg.getBoundingClientRect();
    view.k = Math.max(view.k, 1);
    view.x = box.width / 2 - nodes[i].x * view.k;
    view.y = box.height / 2 - nodes[i].y * view.k;
    applyView();
  }

  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - box.left, ev.clientY - box.top);
  }, { passive: false });

  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    if (ev.target.closest && ev.target.closest('.node, [data-index]') && ev.target !== svg) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
    svg.classList.add('panning');
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    view.x = drag.vx + ev.clientX - drag.x;
    view.y = drag.vy + ev.clientY - drag.y;
    drag.moved = drag.moved || Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3;
    applyView();
  });
  window.addEventListener('pointerup', function () { drag = null; svg.classList.remove('panning'); });
  document.getElementById('zoom-in').addEventListener('click', function () { var b = svg.getBoundingClientRect(); zoomAt(1.3, b.width / 2, b.height / 2); });
  document.getElementById('zoom-out').addEventListener('click', function () { var b = svg.getBoundingClientRect(); zoomAt(1 / 1.3, b.width / 2, b.height / 2); });
  document.getElementById('fit').addEventListener('click', fit);
  window.addEventListener('resize', fit);

  // ---- hover: highlight neighbours ----
  // Edge labels would bury a large graph, so an edge shows its label ("LEADS · CEO · 2019") while one
  // of its ends is hovered.
  var edgeLabelLayer = document.getElementById('edge-labels');
  function highlight(i) {
    nodeShapes.forEach(function (g) { g.classList.remove('near'); });
    edgeShapes.forEach(function (s) { s.path.classList.remove('near'); });
    clear(edgeLabelLayer);
    if (i < 0) { svg.classList.remove('focusing'); scheduleLabels(); return; }
    svg.classList.add('focusing');
    nodeShapes[i].classList.add('near');
    incident[i].forEach(function (e) {
      if (!visible[e]) return;
      edgeShapes[e].path.classList.add('near');
      nodeShapes[edges[e].source].classList.add('near');
      nodeShapes[edges[e].target].classList.add('near');
      var mid = edgeShapes[e].mid;
      edgeLabelLayer.appendChild(el('text', { x: mid[0].toFixed(1), y: mid[1].toFixed(1), 'text-anchor': 'middle', 'dominant-baseline': 'central',
        fill: edges[e].color, 'data-id': edges[e].id }, edges[e].label));
    });
    scheduleLabels();
  }

  // ---- filters ----
  var visible = edges.map(function () { return true; });
  var typeOn = {};
  var typeFilters = document.getElementById('type-filters');
  var typeCounts = {};
  edges.forEach(function (e) { typeCounts[e.type] = (typeCounts[e.type] || 0) + 1; });
  data.relationshipTypes.forEach(function (t) {
    typeOn[t.name] = true;
    var label = html('label', 'type-filter');
    var box = html('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = t.name;
    box.setAttribute('data-type', t.name);
    box.addEventListener('change', function () { typeOn[t.name] = box.checked; applyFilters(); });
    var swatch = html('span', 'swatch');
    swatch.style.background = t.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(html('span', null, t.name + (t.symmetric ? ' ↔' : '')));
    label.appendChild(html('span', 'count', '(' + (typeCounts[t.name] || 0) + ')'));
    label.title = t.description;
    typeFilters.appendChild(label);
  });
  function setAllTypes(on) {
    typeFilters.querySelectorAll('input').forEach(function (box) { box.checked = on; typeOn[box.value] = on; });
    applyFilters();
  }
  document.getElementById('types-all').addEventListener('click', function () { setAllTypes(true); });
  document.getElementById('types-none').addEventListener('click', function () { setAllTypes(false); });

  var sinceInput = document.getElementById('since'), untilInput = document.getElementById('until');
  var confidenceInput = document.getElementById('min-confidence'), confidenceOutput = document.getElementById('min-confidence-value');

  // A partial date (2024, 2024-03, 2024-03-18) as the first or last day it can mean, comparable as text.
  function dateBound(text, last) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text.trim());
    if (!m) return null;
    return m[1] + '-' + (m[2] || (last ? '12' : '01')) + '-' + (m[3] || (last ? '31' : '01'));
  }
  function windowInput(input, last) {
    var text = input.value.trim();
    var bound = text === '' ? null : dateBound(text, last);
    input.classList.toggle('invalid', text !== '' && bound === null);
    return bound;
  }

  function passes(edge, since, until, minConfidence) {
    if (!typeOn[edge.type]) return false;
    if (edge.confidence !== null && edge.confidence < minConfidence) return false;
    // A fact with a start and no end is still going on: only an end date can fall before the window.
    if (since && edge.end && dateBound(edge.end, true) < since) return false;
    if (until && edge.start && dateBound(edge.start, false) > until) return false;
    return true;
  }

  var shownEdges = edges.length;
  function updateStatus() {
    var hiddenLonely = showLonely.checked ? 0 : lonely.length;
    document.getElementById('status').textContent = nodes.length + ' entities' +
      (hiddenLonely ? ' (' + hiddenLonely + ' without relationships hidden)' : '') +
      ' · ' + shownEdges + ' of ' + edges.length + ' relationships shown';
  }

  function applyFilters() {
    var since = windowInput(sinceInput, false), until = windowInput(untilInput, true);
    var minConfidence = parseFloat(confidenceInput.value) || 0;
    confidenceOutput.textContent = minConfidence.toFixed(2);
    var shown = 0, touched = nodes.map(function () { return false; });
    edges.forEach(function (edge, i) {
      visible[i] = passes(edge, since, until, minConfidence);
      edgeShapes[i].path.classList.toggle('hidden', !visible[i]);
      edgeShapes[i].hit.classList.toggle('hidden', !visible[i]);
      if (visible[i]) { shown++; touched[edge.source] = true; touched[edge.target] = true; }
    });
    var filtering = shown < edges.length;
    nodeShapes.forEach(function (g, i) { g.classList.toggle('isolated', filtering && !touched[i] && incident[i].length > 0); });
    svg.setAttribute('data-visible-edges', String(shown));
    shownEdges = shown;
    updateStatus();
    if (selected >= 0) selectNode(selected, true);
  }
  [sinceInput, untilInput, confidenceInput].forEach(function (input) { input.addEventListener('input', applyFilters); });

  // ---- legend ----
  var legend = document.getElementById('legend');
  data.entityTypes.forEach(function (t) {
    var item = html('div', 'legend-item');
    var dot = html('span', 'dot');
    dot.style.background = t.fill;
    dot.style.borderColor = t.color;
    item.appendChild(dot);
    item.appendChild(html('span', null, t.name));
    item.appendChild(html('span', 'count', '(' + t.count + ')'));
    legend.appendChild(item);
  });

  // ---- details ----
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  function safeUrl(url) {
    // Only web links: a source URL of javascript: or data: must never become clickable.
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function relationshipCard(i, fromPerspective) {
    var edge = edges[i];
    var card = html('div', 'relationship' + (visible[i] ? '' : ' filtered-out'));
    card.setAttribute('data-id', edge.id);
    var fact = html('div', 'fact');
    var arrow = edge.symmetric ? ' — ' : ' → ';
    fact.appendChild(nodeLink(edge.source, fromPerspective));
    fact.appendChild(document.createTextNode(arrow));
    var type = html('span', 'type', edge.type);
    type.style.background = edge.color;
    fact.appendChild(type);
    fact.appendChild(document.createTextNode(arrow));
    fact.appendChild(nodeLink(edge.target, fromPerspective));
    card.appendChild(fact);
    var info = [];
    if (edge.role) info.push('role: ' + edge.role);
    if (edge.start || edge.end) info.push((edge.start || '?') + (edge.end ? ' – ' + edge.end : ''));
    info.push(edge.confidence === null ? 'written by a person' : 'confidence ' + edge.confidence.toFixed(2));
    info.push(edge.status.toLowerCase());
    card.appendChild(html('div', 'info', info.join(' · ')));
    edge.evidence.forEach(function (ev) {
      card.appendChild(html('blockquote', 'quote', ev.quote));
      var source = html('div', 'source');
      var url = safeUrl(ev.url);
      source.appendChild(document.createTextNode('— '));
      if (url) {
        var a = html('a', null, ev.title || ev.doc);
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        source.appendChild(a);
      } else {
        source.appendChild(document.createTextNode(ev.title || ev.doc));
      }
      if (ev.published) source.appendChild(document.createTextNode(', ' + ev.published));
      card.appendChild(source);
    });
    if (edge.evidence.length === 0) card.appendChild(html('div', 'info', 'No evidence quote recorded.'));
    return card;
  }

  function nodeLink(i, current) {
    if (i === current) return html('span', null, nodes[i].name);
    var b = html('button', 'link', nodes[i].name);
    b.type = 'button';
    b.addEventListener('click', function () { selectNode(i, false); centreOn(i); });
    return b;
  }

  function selectNode(i, keepScroll) {
    if (selected >= 0) nodeShapes[selected].classList.remove('selected');
    selected = i;
    nodeShapes[i].classList.add('selected');
    scheduleLabels();
    var node = nodes[i];
    clear(details);
    details.appendChild(html('h2', 'name', node.name));
    details.appendChild(html('div', 'meta', node.type + (node.kind ? ' · ' + node.kind : '') + ' · ' + node.id));
    if (node.otherNames.length) details.appendChild(html('div', 'meta', 'Also: ' + node.otherNames.join(', ')));
    var list = incident[i].slice().sort(function (a, b) { return (visible[b] ? 1 : 0) - (visible[a] ? 1 : 0); });
    details.appendChild(html('h3', null, 'Relationships (' + list.length + ')'));
    list.forEach(function (e) { details.appendChild(relationshipCard(e, i)); });
    if (!keepScroll) details.scrollTop = 0;
  }

  function showRelationship(i) {
    clear(details);
    details.appendChild(html('h2', 'name', edges[i].type));
    details.appendChild(relationshipCard(i, -1));
  }

  svg.addEventListener('click', function (ev) {
    if (ev.target === svg && selected >= 0 && !(drag && drag.moved)) { nodeShapes[selected].classList.remove('selected'); selected = -1; }
  });

  // ---- search by any name or alias ----
  var searchInput = document.getElementById('search'), results = document.getElementById('search-results');
  var searchText = nodes.map(function (n) { return [n.name].concat(n.otherNames, [n.id]).map(function (s) { return s.toLowerCase(); }); });
  function search() {
    clear(results);
    var q = searchInput.value.trim().toLowerCase();
    if (q === '') return;
    var found = 0;
    for (var i = 0; i < nodes.length && found < 20; i++) {
      var hit = searchText[i].find(function (s) { return s.indexOf(q) >= 0; });
      if (hit === undefined) continue;
      found++;
      var li = html('li');
      var b = html('button', null, nodes[i].name);
      b.type = 'button';
      b.setAttribute('data-id', nodes[i].id);
      if (hit !== nodes[i].name.toLowerCase()) {
        var all = [nodes[i].name].concat(nodes[i].otherNames, [nodes[i].id]);
        b.appendChild(html('span', 'alias', all[searchText[i].indexOf(hit)]));
      }
      b.addEventListener('click', pick(i));
      li.appendChild(b);
      results.appendChild(li);
    }
    if (found === 0) results.appendChild(html('li', 'alias', 'No entity has that name.'));
  }
  function pick(i) { return function () { selectNode(i, false); centreOn(i); clear(results); }; }
  searchInput.addEventListener('input', search);
  searchInput.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var first = results.querySelector('button'); if (first) first.click(); }
    if (ev.key === 'Escape') { searchInput.value = ''; clear(results); }
  });

  document.getElementById('title').textContent = data.title;
  document.getElementById('summary').textContent = data.summary;
  applyFilters();
  fit();
  document.body.setAttribute('data-ready', 'true');
})();
