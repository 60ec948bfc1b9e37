// vnterm workbench: live lookup, copy buttons and audit charts. No inline script, no network but
// this server; every page works without this file.
"use strict";

(function () {
  function copyText(text, button) {
    function done() {
      if (!button) return;
      var was = button.textContent;
      button.textContent = "Copied";
      button.classList.add("done");
      setTimeout(function () { button.textContent = was; button.classList.remove("done"); }, 1200);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else {
      fallback(text);
      done();
    }
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  // Copy buttons (also inside results that arrive later).
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest("button.copy");
    if (b) { copyText(b.getAttribute("data-copy") || "", b); return; }
    var t = ev.target.closest("button.copy-table");
    if (t) {
      var table = document.getElementById(t.getAttribute("data-table"));
      if (!table) return;
      var rows = Array.prototype.map.call(table.rows, function (row) {
        return Array.prototype.map.call(row.cells, function (c) { return c.textContent.trim().replace(/\s+/g, " "); }).join("\t");
      });
      copyText(rows.join("\n") + "\n", t);
      return;
    }
    var where = ev.target.closest("ol.findings a.where");
    if (where) {
      var mark = document.querySelector(where.getAttribute("href"));
      if (mark) {
        mark.classList.add("flash");
        setTimeout(function () { mark.classList.remove("flash"); }, 1500);
      }
    }
  });

  // Search as you type: the server renders the results; this swaps them in.
  var live = document.querySelector("input[data-live]");
  if (live) {
    var form = live.form;
    var target = document.getElementById(live.getAttribute("data-target"));
    var timer = null;
    var seq = 0;
    var refresh = function () {
      var params = new URLSearchParams(new FormData(form));
      var mine = ++seq;
      fetch(live.getAttribute("data-live") + "?" + params.toString(), { headers: { "accept": "text/html" } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          if (mine !== seq) return; // an older answer arriving late
          target.innerHTML = html;
          history.replaceState(null, "", "/?" + params.toString());
        })
        .catch(function () { /* the submit button still works */ });
    };
    live.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 120); });
    form.addEventListener("change", function (ev) { if (ev.target !== live) refresh(); });
  }

  // Audit charts: a stacked bar per period for each drifting concept, drawn as SVG.
  var data = document.getElementById("audit-data");
  var charts = document.getElementById("charts");
  if (data && charts) {
    var report;
    try { report = JSON.parse(data.textContent); } catch (e) { return; }
    var SVG = "http://www.w3.org/2000/svg";
    var el = function (name, attrs, text) {
      var node = document.createElementNS(SVG, name);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined) node.textContent = text;
      return node;
    };
    var periods = report.periods;
    var drifting = report.concepts.filter(function (c) { return c.drifting; }).slice(0, 24);
    if (!drifting.length) {
      var p = document.createElement("p");
      p.className = "empty";
      p.textContent = "No concept drifts: every concept found uses one variant.";
      charts.appendChild(p);
    }
    drifting.forEach(function (c) {
      var W = 360, H = 160, left = 28, bottom = 28, top = 8;
      var totals = periods.map(function (p) {
        return c.variants.reduce(function (s, v) { return s + (v.by_period[p] || 0); }, 0);
      });
      var max = Math.max.apply(null, totals.concat([1]));
      var bw = (W - left - 4) / Math.max(periods.length, 1);
      var svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": c.concept + " by period" });
      svg.appendChild(el("line", { x1: left, y1: H - bottom, x2: W, y2: H - bottom, "class": "axis" }));
      svg.appendChild(el("text", { x: 2, y: top + 8 }, String(max)));
      periods.forEach(function (p, i) {
        var y = H - bottom;
        c.variants.forEach(function (v, k) {
          var n = v.by_period[p] || 0;
          if (!n) return;
          var h = (H - bottom - top) * n / max;
          y -= h;
          var r = el("rect", { x: left + i * bw + 1, y: y, width: Math.max(bw - 2, 1), height: h, "class": "st-" + v.status + (k % 2 ? " alt" : "") });
          r.appendChild(el("title", {}, v.variant + " · " + p + ": " + n));
          svg.appendChild(r);
        });
        if (periods.length <= 12 || i % Math.ceil(periods.length / 12) === 0) {
          svg.appendChild(el("text", { x: left + i * bw + 1, y: H - bottom + 12 }, p));
        }
      });
      var fig = document.createElement("figure");
      fig.className = "chart";
      var cap = document.createElement("figcaption");
      cap.textContent = c.concept + " (" + c.total + " uses)";
      fig.appendChild(cap);
      fig.appendChild(svg);
      var legend = document.createElement("div");
      legend.className = "legend";
      c.variants.forEach(function (v, k) {
        var s = document.createElement("span");
        s.className = "swatch st-" + v.status + (k % 2 ? " alt" : "");
        legend.appendChild(s);
        legend.appendChild(document.createTextNode(v.variant + " (" + v.status + ", " + v.count + ")"));
      });
      fig.appendChild(legend);
      charts.appendChild(fig);
    });
  }
})();
