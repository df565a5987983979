// The interactive network map: hover a partner for its figures, click it to
// highlight its ties and dim the rest, click the background to reset; drag
// to pan, wheel or buttons to zoom. It works on Graphviz's SVG shape: a
// partner is <g class="node"> whose <title> is its id, a tie is
// <g class="edge"> whose <title> is "a--b". Texts are set with textContent
// only, never as markup.
(function () {
  "use strict";
  var data = (typeof GBO === "object" && GBO) ? GBO : { partners: {}, ties: [], rungs: [], labels: {} };
  var printButton = document.getElementById("print-button");
  if (printButton) {
    printButton.addEventListener("click", function () { window.print(); });
  }
  // Paper cannot unfold a shortened table: open the folded rests before
  // printing (the print style does it too where ::details-content is
  // known) and fold them again after.
  var unfolded = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.more:not([open])").forEach(function (d) { d.open = true; unfolded.push(d); });
  });
  window.addEventListener("afterprint", function () {
    unfolded.forEach(function (d) { d.open = false; });
    unfolded = [];
  });
  var box = document.getElementById("map-box");
  var svg = box ? box.querySelector("svg") : null;
  if (!svg) { return; }
  // The map is explored, not just looked at: its partners are buttons.
  if (svg.getAttribute("role") === "img") { svg.setAttribute("role", "group"); }
  var tip = document.getElementById("map-tip");
  var panel = document.getElementById("map-panel");
  var partners = data.partners || {};
  var labels = data.labels || {};

  function titleOf(g) {
    var t = g.querySelector("title");
    return t ? t.textContent.trim() : "";
  }

  // Index the partners and ties of the drawing. A partner is found by, in
  // turn: a data-id attribute; a <title> that is its id (Graphviz); a
  // <title> whose first line is "name (id)" or its name (package mapview).
  // A tie's ends by: data-a and data-b; a <title> "a--b" or "a->b"; else
  // the partners nearest to the two ends of its line.
  var byName = {};
  Object.keys(partners).forEach(function (id) {
    var n = partners[id].name;
    byName[n] = byName.hasOwnProperty(n) ? null : id;
  });
  function partnerOf(g, title) {
    var id = g.getAttribute("data-id");
    if (id && partners.hasOwnProperty(id)) { return id; }
    if (partners.hasOwnProperty(title)) { return title; }
    var first = title.split("\n")[0].trim();
    var m = /\(([^()]*)\)$/.exec(first);
    if (m && partners.hasOwnProperty(m[1])) { return m[1]; }
    if (byName[first]) { return byName[first]; }
    return id || title || null;
  }
  var nodes = {}, centres = [];
  Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (g, i) {
    var id = partnerOf(g, titleOf(g)) || "node " + (i + 1);
    if (nodes[id]) { return; }
    nodes[id] = g;
    g.setAttribute("data-partner", id);
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    var p = partners[id];
    g.setAttribute("aria-label", p ? p.name : titleOf(g).split("\n")[0]);
    var shape = g.querySelector("ellipse, rect, polygon, circle, path") || g;
    try {
      var b = shape.getBBox();
      centres.push({ id: id, x: b.x + b.width / 2, y: b.y + b.height / 2 });
    } catch (e) { /* not rendered */ }
  });
  function ends(s) {
    var seps = ["--", "->"];
    for (var k = 0; k < seps.length; k++) {
      var i = s.indexOf(seps[k]);
      while (i >= 0) {
        var a = s.slice(0, i), b = s.slice(i + seps[k].length);
        if (nodes[a] && nodes[b]) { return [a, b]; }
        i = s.indexOf(seps[k], i + 1);
      }
    }
    return null;
  }
  function nearest(x, y) {
    var best = null, bd = Infinity;
    centres.forEach(function (c) {
      var d = (c.x - x) * (c.x - x) + (c.y - y) * (c.y - y);
      if (d < bd) { bd = d; best = c.id; }
    });
    return best;
  }
  function endsByGeometry(g) {
    var line = g.querySelector("line, path, polyline");
    if (!line) { return null; }
    var p, q;
    if (line.tagName.toLowerCase() === "line") {
      p = [line.x1.baseVal.value, line.y1.baseVal.value];
      q = [line.x2.baseVal.value, line.y2.baseVal.value];
    } else if (line.getTotalLength) {
      var len = line.getTotalLength(), s = line.getPointAtLength(0), t = line.getPointAtLength(len);
      p = [s.x, s.y]; q = [t.x, t.y];
    } else {
      return null;
    }
    // Lines and shapes may sit in groups with their own transforms.
    var m1 = line.getCTM(), m0 = centreCTM;
    if (m1 && m0) {
      var k = m0.inverse().multiply(m1);
      p = [k.a * p[0] + k.c * p[1] + k.e, k.b * p[0] + k.d * p[1] + k.f];
      q = [k.a * q[0] + k.c * q[1] + k.e, k.b * q[0] + k.d * q[1] + k.f];
    }
    var a = nearest(p[0], p[1]), b = nearest(q[0], q[1]);
    return a && b && a !== b ? [a, b] : null;
  }
  var firstNode = svg.querySelector("g.node ellipse, g.node rect, g.node polygon, g.node circle, g.node path");
  var centreCTM = firstNode ? firstNode.getCTM() : null;
  var edges = [];
  Array.prototype.forEach.call(svg.querySelectorAll("g.edge, g.tie"), function (g) {
    var a = g.getAttribute("data-a"), b = g.getAttribute("data-b");
    var e = a && b && nodes[a] && nodes[b] ? [a, b] : (ends(titleOf(g)) || endsByGeometry(g));
    if (e) {
      edges.push({ g: g, a: e[0], b: e[1] });
      g.setAttribute("data-a", e[0]);
      g.setAttribute("data-b", e[1]);
    }
  });
  // Drop the native tooltips of partners and ties: ours show more, and
  // keep theirs for partners the report has no figures of.
  Array.prototype.forEach.call(svg.querySelectorAll("g.node > title, g.edge > title, g.tie > title"), function (t) {
    t.parentNode.setAttribute("data-title", t.textContent);
    t.parentNode.removeChild(t);
  });

  // Depth of each tie, from the data, to list a partner's ties by depth.
  var depth = {};
  (data.ties || []).forEach(function (t) { depth[t[0] + "\u0000" + t[1]] = t[2]; depth[t[1] + "\u0000" + t[0]] = t[2]; });

  // View box: pan and zoom.
  var vb = svg.viewBox && svg.viewBox.baseVal;
  var home;
  if (vb && vb.width > 0 && vb.height > 0) {
    home = [vb.x, vb.y, vb.width, vb.height];
  } else {
    var bb = svg.getBBox();
    home = [bb.x, bb.y, Math.max(bb.width, 1), Math.max(bb.height, 1)];
  }
  var view = home.slice();
  function apply() { svg.setAttribute("viewBox", view.join(" ")); }
  apply();
  function unitsPerPixel() {
    var r = svg.getBoundingClientRect();
    if (!r.width || !r.height) { return 1; }
    return Math.max(view[2] / r.width, view[3] / r.height);
  }
  function toUser(clientX, clientY) {
    var r = svg.getBoundingClientRect();
    var u = unitsPerPixel();
    var cx = view[0] + view[2] / 2 + (clientX - (r.left + r.width / 2)) * u;
    var cy = view[1] + view[3] / 2 + (clientY - (r.top + r.height / 2)) * u;
    return [cx, cy];
  }
  function zoom(factor, ux, uy) {
    var w = view[2] / factor, h = view[3] / factor;
    if (w > home[2] * 4 || w < home[2] / 40) { return; }
    if (ux === undefined) { ux = view[0] + view[2] / 2; uy = view[1] + view[3] / 2; }
    view = [ux - (ux - view[0]) / factor, uy - (uy - view[1]) / factor, w, h];
    apply();
  }
  function resetView() { view = home.slice(); apply(); }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toUser(ev.clientX, ev.clientY);
    zoom(Math.pow(1.0015, -ev.deltaY), p[0], p[1]);
  }, { passive: false });
  var drag = null, moved = false;
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.button !== 0) { return; }
    drag = { x: ev.clientX, y: ev.clientY, view: view.slice(), u: unitsPerPixel(), id: ev.pointerId };
    moved = false;
  });
  svg.addEventListener("pointermove", function (ev) {
    if (drag) {
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!moved && Math.abs(dx) + Math.abs(dy) > 4) {
        moved = true;
        box.classList.add("dragging");
        hideTip();
        try { svg.setPointerCapture(drag.id); } catch (e) { /* pointer already gone */ }
      }
      if (moved) {
        view = [drag.view[0] - dx * drag.u, drag.view[1] - dy * drag.u, drag.view[2], drag.view[3]];
        apply();
      }
      return;
    }
    var g = ev.target.closest ? ev.target.closest("g.node") : null;
    if (g && nodes[g.getAttribute("data-partner")]) { showTip(g.getAttribute("data-partner"), ev); } else { hideTip(); }
  });
  function endDrag() { drag = null; box.classList.remove("dragging"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  svg.addEventListener("pointerleave", function () { if (!drag) { hideTip(); } });

  // Hover: the partner's figures.
  function showTip(id, ev) {
    if (!tip) { return; }
    var p = partners[id];
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    var h = document.createElement("strong");
    var own = (nodes[id] && nodes[id].getAttribute("data-title") || "").split("\n");
    h.textContent = p ? p.name : own[0];
    tip.appendChild(h);
    if (!p) {
      own.slice(1).forEach(function (line) {
        var l = document.createElement("div");
        l.textContent = line;
        tip.appendChild(l);
      });
    }
    if (p) {
      var role = document.createElement("p");
      role.className = "role"; role.textContent = p.role || "";
      tip.appendChild(role);
      var tbl = document.createElement("table");
      (p.rows || []).forEach(function (row) {
        var tr = document.createElement("tr");
        var a = document.createElement("td"), b = document.createElement("td");
        a.textContent = row[0]; b.textContent = row[1];
        tr.appendChild(a); tr.appendChild(b); tbl.appendChild(tr);
      });
      tip.appendChild(tbl);
      if (p.cut) {
        var c = document.createElement("p");
        c.className = "cut"; c.textContent = labels.cut || "";
        tip.appendChild(c);
      }
    }
    tip.hidden = false;
    var wrap = tip.parentNode.getBoundingClientRect();
    var x = ev.clientX - wrap.left + 14, y = ev.clientY - wrap.top + 14;
    if (x + tip.offsetWidth > wrap.width) { x = Math.max(0, ev.clientX - wrap.left - tip.offsetWidth - 14); }
    if (y + tip.offsetHeight > wrap.height) { y = Math.max(0, ev.clientY - wrap.top - tip.offsetHeight - 14); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { if (tip) { tip.hidden = true; } }

  // Click: highlight a partner's ties and dim the rest.
  var selected = null;
  function clearSelection() {
    selected = null;
    svg.classList.remove("has-selection");
    Array.prototype.forEach.call(svg.querySelectorAll(".dimmed, .highlight, .is-selected, .is-neighbour"), function (el) {
      el.classList.remove("dimmed", "highlight", "is-selected", "is-neighbour");
    });
    if (panel) {
      while (panel.firstChild) { panel.removeChild(panel.firstChild); }
      var p = document.createElement("p");
      p.className = "hint"; p.textContent = labels.hint || "";
      panel.appendChild(p);
    }
  }
  function select(id) {
    clearSelection();
    selected = id;
    svg.classList.add("has-selection");
    var near = {};
    near[id] = true;
    var list = [];
    edges.forEach(function (e) {
      if (e.a === id || e.b === id) {
        var other = e.a === id ? e.b : e.a;
        near[other] = true;
        e.g.classList.add("highlight");
        list.push(other);
      } else {
        e.g.classList.add("dimmed");
      }
    });
    Array.prototype.forEach.call(svg.querySelectorAll("g.object, g.object-link"), function (g) { g.classList.add("dimmed"); });
    Object.keys(nodes).forEach(function (k) {
      if (k === id) { nodes[k].classList.add("is-selected"); } else if (near[k]) { nodes[k].classList.add("is-neighbour"); } else { nodes[k].classList.add("dimmed"); }
    });
    if (panel) { fillPanel(id, list); }
  }
  function nameOf(id) {
    if (partners[id]) { return partners[id].name; }
    return nodes[id] ? (nodes[id].getAttribute("data-title") || id).split("\n")[0] : id;
  }
  function fillPanel(id, list) {
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    var h = document.createElement("h3");
    h.textContent = nameOf(id);
    panel.appendChild(h);
    var p = document.createElement("p");
    p.textContent = (labels.ties || "") + ":";
    panel.appendChild(p);
    if (!list.length) { p.textContent = labels.noTies || ""; return; }
    list.sort(function (a, b) {
      var da = depth[id + "\u0000" + a] || 0, db = depth[id + "\u0000" + b] || 0;
      if (da !== db) { return db - da; }
      return nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0;
    });
    var ul = document.createElement("ul");
    list.forEach(function (o) {
      var li = document.createElement("li");
      var d = depth[id + "\u0000" + o];
      li.textContent = nameOf(o) + (d !== undefined && data.rungs ? " · " + d + " " + (data.rungs[d] || "") : "");
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }
  svg.addEventListener("click", function (ev) {
    if (moved) { moved = false; return; }
    var g = ev.target.closest ? ev.target.closest("g.node") : null;
    var id = g ? g.getAttribute("data-partner") : null;
    if (id && nodes[id]) {
      if (selected === id) { clearSelection(); } else { select(id); }
    } else {
      clearSelection();
    }
  });
  svg.addEventListener("keydown", function (ev) {
    var g = ev.target.closest ? ev.target.closest("g.node") : null;
    if (ev.key === "Escape") { clearSelection(); return; }
    if (g && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      select(g.getAttribute("data-partner"));
    }
  });
  function on(id, f) { var b = document.getElementById(id); if (b) { b.addEventListener("click", f); } }
  on("map-zoom-in", function () { zoom(1.4); });
  on("map-zoom-out", function () { zoom(1 / 1.4); });
  on("map-reset", function () { resetView(); clearSelection(); });
  window.addEventListener("beforeprint", function () { resetView(); clearSelection(); });
  clearSelection();
}());
