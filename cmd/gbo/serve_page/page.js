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

  // save hands a blob to the browser as a download named name.
  function save(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    say(W.downloaded.replace("%s", name));
  }

  // post sends fd to api and saves the answer as name, or shows what failed.
  function post(api, fd, name) {
    say(W.working);
    fetch(api, { method: "POST", body: fd, credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { return fail(r); }
      return r.blob().then(function (blob) { problems.hidden = true; save(blob, name); });
    }, function () { say(W.failed); });
  }

  // caseOnly is the case of step 1 without the analysis settings (the
  // survey reads none of them), appended to fd; false when none is chosen.
  function caseOnly(fd) {
    if (picked.length) {
      picked.forEach(function (f) { fd.append("case", f, f.name); });
    } else if (sample.value) {
      fd.append("sample", sample.value);
    } else {
      return false;
    }
    return true;
  }

  var formsInput = document.getElementById("forms");
  var formsDrop = document.getElementById("forms-drop");
  var formsChosen = document.getElementById("forms-chosen");
  var formsPicked = [];
  function setForms(list) {
    formsPicked = Array.prototype.slice.call(list);
    formsChosen.textContent = formsPicked.length ? W.chosen + " " + formsPicked.map(function (f) { return f.name; }).join(", ") : "";
  }
  formsInput.addEventListener("change", function () { setForms(formsInput.files); });
  ["dragenter", "dragover"].forEach(function (t) {
    formsDrop.addEventListener(t, function (ev) { ev.preventDefault(); formsDrop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    formsDrop.addEventListener(t, function () { formsDrop.classList.remove("over"); });
  });
  formsDrop.addEventListener("drop", function (ev) {
    ev.preventDefault();
    if (ev.dataTransfer && ev.dataTransfer.files.length) { setForms(ev.dataTransfer.files); }
  });

  document.getElementById("dl-forms").addEventListener("click", function () {
    var fd = new FormData();
    fd.append("lang", lang);
    if (!caseOnly(fd)) { say(W.nothing_chosen); files.focus(); return; }
    post("/api/survey/make", fd, "survey-forms.zip");
  });

  document.getElementById("collectform").addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (!formsPicked.length) { say(W.no_forms); formsInput.focus(); return; }
    var fd = new FormData();
    fd.append("lang", lang);
    formsPicked.forEach(function (f) { fd.append("forms", f, f.name); });
    var withCase = document.getElementById("collect-case").checked;
    if (withCase && !caseOnly(fd)) { say(W.nothing_chosen); files.focus(); return; }
    post("/api/survey/collect", fd, withCase ? "case-with-survey.xlsx" : "ties.csv");
  });

  Array.prototype.forEach.call(document.querySelectorAll("button[data-api]"), function (b) {
    b.addEventListener("click", function () {
      var fd = formData();
      if (!fd) { say(W.nothing_chosen); return; }
      say(W.working);
      fetch(b.getAttribute("data-api"), { method: "POST", body: fd, credentials: "same-origin" }).then(function (r) {
        if (!r.ok) { return fail(r); }
        return r.blob().then(function (blob) { save(blob, b.getAttribute("data-name")); });
      }, function () { say(W.failed); });
    });
  });
}());
