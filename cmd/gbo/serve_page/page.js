"use strict";
(function () {
  var W = JSON.parse(document.getElementById("gbo-words").textContent);
  var lang = document.documentElement.lang;
  var form = document.getElementById("caseform");
  var files = document.getElementById("files");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var sample = document.getElementById("sample");
  var status = document.getElementById("status");
  var problems = document.getElementById("problems");
  var tbody = document.querySelector("#problem-table tbody");
  var report = document.getElementById("report");
  var frame = document.getElementById("frame");
  var picked = [];

  function say(text) { status.textContent = text; }

  function setFiles(list) {
    picked = Array.prototype.slice.call(list);
    if (picked.length) { sample.value = ""; }
    chosen.textContent = picked.length ? W.chosen + " " + picked.map(function (f) { return f.name; }).join(", ") : "";
  }

  fetch("/api/samples", { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (list) {
    list.forEach(function (s) {
      var o = document.createElement("option");
      o.value = s.name;
      o.textContent = s.name + (s.description ? " \u2014 " + s.description : "");
      sample.appendChild(o);
    });
  });

  files.addEventListener("change", function () { setFiles(files.files); });
  sample.addEventListener("change", function () {
    if (sample.value) { picked = []; files.value = ""; chosen.textContent = ""; }
  });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (ev) { ev.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (ev) {
    ev.preventDefault();
    if (ev.dataTransfer && ev.dataTransfer.files.length) { setFiles(ev.dataTransfer.files); analyse(); }
  });

  function formData() {
    var fd = new FormData();
    fd.append("lang", lang);
    ["as_of", "since", "min_depth"].forEach(function (k) {
      var v = document.getElementById(k).value;
      if (v) { fd.append(k, v); }
    });
    if (picked.length) {
      picked.forEach(function (f) { fd.append("case", f, f.name); });
    } else if (sample.value) {
      fd.append("sample", sample.value);
    } else {
      return null;
    }
    return fd;
  }

  function showProblems(list) {
    tbody.textContent = "";
    list.forEach(function (p) {
      var tr = document.createElement("tr");
      [p.file, p.line || "", p.column || "", p.severity === "error" ? W.error : W.warning, p.message].forEach(function (v, i) {
        var td = document.createElement("td");
        td.textContent = String(v);
        if (i === 3) { td.className = p.severity; }
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    problems.hidden = list.length === 0;
  }

  function fail(r) {
    return r.json().then(function (body) {
      if (r.status === 422) {
        report.hidden = true;
        showProblems(body);
        var n = body.filter(function (p) { return p.severity === "error"; }).length;
        var form = new Intl.PluralRules(lang).select(n) === "one" ? W.found_one : W.found_other;
        say(form.replace("%d", n));
        document.getElementById("h-problems").focus();
      } else {
        say(body.error || W.failed);
      }
    }, function () { say(W.failed); });
  }

  function analyse() {
    var fd = formData();
    if (!fd) { say(W.nothing_chosen); files.focus(); return; }
    say(W.working);
    fetch("/api/analyse?format=view", { method: "POST", body: fd, credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { return fail(r); }
      return r.json().then(function (body) {
        showProblems(body.warnings);
        frame.src = body.view;
        document.getElementById("dl-report").href = body.view + "?download=1";
        document.getElementById("open-report").href = body.view;
        report.hidden = false;
        say(W.done);
        document.getElementById("h-report").focus();
      });
    }, function () { say(W.failed); });
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); analyse(); });

  Array.prototype.forEach.call(document.querySelectorAll("button[data-api]"), function (b) {
    b.addEventListener("click", function () {
      var fd = formData();
      if (!fd) { say(W.nothing_chosen); return; }
      say(W.working);
      fetch(b.getAttribute("data-api"), { method: "POST", body: fd, credentials: "same-origin" }).then(function (r) {
        if (!r.ok) { return fail(r); }
        return r.blob().then(function (blob) {
          var a = document.createElement("a");
          a.href = URL.createObjectURL(blob);
          a.download = b.getAttribute("data-name");
          document.body.appendChild(a);
          a.click();
          setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
          say(W.downloaded.replace("%s", a.download));
        });
      }, function () { say(W.failed); });
    });
  });
}());
