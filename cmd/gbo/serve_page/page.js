"use strict";
(function () {
  var W = JSON.parse(document.getElementById("gbo-words").textContent);
  var boot = JSON.parse(document.getElementById("gbo-boot").textContent);
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
  var lastProblems = null;
  var viewURL = "";
  // shown is what the case part of the page shows: "" (nothing yet),
  // "report" or "problems" (of an analysis, re-run in a new language).
  var shown = "";
  var stopped = false;

  // The token comes in the address once (the first load): it goes into
  // this tab's sessionStorage (one origin: this port) for reloads, and out
  // of the address and the history. It is sent with every request in the
  // X-Gbo-Token header, never as a cookie. The run hash (boot.run) is the
  // SHA-256 of the secret that names this start of gbo: before an upload
  // the page asks /api/alive for the secret and sends the file only when
  // its hash is the run hash. Neither the page nor its storage ever holds
  // the secret, so a program on the port once gbo has stopped, even one
  // that reads this storage through a reloaded tab, cannot pass.
  var store = window.sessionStorage;
  var token = new URLSearchParams(location.search).get("token");
  var run = boot.run;
  if (token && run) {
    store.setItem("gbo-token", token);
    store.setItem("gbo-run", run);
  } else {
    token = store.getItem("gbo-token");
    run = store.getItem("gbo-run");
  }
  history.replaceState(null, "", "/?lang=" + encodeURIComponent(lang));

  function say(text) { status.textContent = text; }

  function api(path, opt) {
    opt = opt || {};
    opt.headers = { "X-Gbo-Token": token || "" };
    opt.credentials = "omit";
    opt.cache = "no-store";
    return fetch(path, opt);
  }

  // sha256 is a promise of the SHA-256 of text (UTF-8), in hex.
  function sha256(text) {
    return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)).then(function (buf) {
      return Array.prototype.map.call(new Uint8Array(buf), function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    });
  }

  // alive is a promise of whether the server at this address is the gbo
  // that gave this page its run hash: it answers a secret whose SHA-256
  // is the run hash.
  function alive() {
    if (!token || !run || !window.crypto || !crypto.subtle) { return Promise.resolve(false); }
    return api("/api/alive").then(function (r) {
      return r.ok ? r.json().then(function (b) {
        return b && typeof b.run === "string" ? sha256(b.run).then(function (h) { return h === run; }) : false;
      }) : false;
    }).catch(function () { return false; });
  }

  // stop disables every upload: gbo has stopped (or another program
  // answers at its address). The tab's storage is cleared: a reload
  // would load whatever answers at the address now, with this origin's
  // storage (the message says not to reload).
  function stop(why) {
    stopped = true;
    try { store.clear(); } catch (e) { /* storage refused: nothing kept */ }
    Array.prototype.forEach.call(document.querySelectorAll("main input, main button, main select"), function (e) { e.disabled = true; });
    drop.classList.add("off");
    document.getElementById("forms-drop").classList.add("off");
    say(why || W.stopped);
  }

  // guarded runs send once the server has shown it is this page's gbo.
  function guarded(send) {
    if (stopped) { say(W.stopped); return; }
    alive().then(function (ok) { if (ok) { send(); } else { stop(); } });
  }

  function setFiles(list) {
    picked = Array.prototype.slice.call(list);
    if (picked.length) { sample.value = ""; }
    chosen.textContent = picked.length ? W.chosen + " " + picked.map(function (f) { return f.name; }).join(", ") : "";
  }

  function loadSamples() {
    var keep = sample.value;
    return api("/api/samples?lang=" + encodeURIComponent(lang)).then(function (r) { return r.ok ? r.json() : []; }).then(function (list) {
      while (sample.options.length > 1) { sample.remove(1); }
      list.forEach(function (s) {
        var o = document.createElement("option");
        o.value = s.name;
        o.textContent = s.name + (s.description ? " \u2014 " + s.description : "");
        sample.appendChild(o);
      });
      sample.value = keep;
    }, function () {});
  }

  files.addEventListener("change", function () { setFiles(files.files); });
  sample.addEventListener("change", function () {
    if (sample.value) { picked = []; files.value = ""; chosen.textContent = ""; }
  });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (ev) { ev.preventDefault(); if (!stopped) { drop.classList.add("over"); } });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (ev) {
    ev.preventDefault();
    if (stopped) { say(W.stopped); return; }
    if (ev.dataTransfer && ev.dataTransfer.files.length) { setFiles(ev.dataTransfer.files); analyse(); }
  });

  function formData() {
    var fd = new FormData();
    fd.append("lang", lang);
    ["as_of", "since", "min_depth"].forEach(function (k) {
      var v = document.getElementById(k).value;
      if (v) { fd.append(k, v); }
    });
    return caseOnly(fd) ? fd : null;
  }

  // column is a problem's column as the page shows it: the letter and
  // header of a sheet's column (column_name), else its number.
  function column(p) { return p.column_name || p.column || ""; }

  function showProblems(list) {
    lastProblems = list;
    tbody.textContent = "";
    list.forEach(function (p) {
      var tr = document.createElement("tr");
      [p.file, p.line || "", column(p), p.severity === "error" ? W.error : W.warning, p.message].forEach(function (v, i) {
        var td = document.createElement("td");
        if (i === 0) {
          // A file or sheet may break after its ":", "/", "-", "_" and
          // ".", nowhere else inside a word.
          String(v).split(/(?<=[:/\-_.])(?=.)/).forEach(function (part, j) {
            if (j > 0) { td.appendChild(document.createElement("wbr")); }
            td.appendChild(document.createTextNode(part));
          });
        } else {
          td.textContent = String(v);
        }
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
        shown = "problems";
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

  // analyse checks the case and shows its report or its problems; focus
  // moves to them unless quiet (a change of language).
  function analyse(quiet) {
    var fd = formData();
    if (!fd) { say(W.nothing_chosen); if (!quiet) { files.focus(); } return; }
    guarded(function () {
      say(W.working);
      api("/api/analyse?format=view", { method: "POST", body: fd }).then(function (r) {
        if (!r.ok) { return fail(r); }
        return r.json().then(function (body) {
          showProblems(body.warnings);
          viewURL = body.view;
          frame.src = body.view;
          document.getElementById("open-report").href = body.view;
          report.hidden = false;
          shown = "report";
          say(W.done);
          if (!quiet) { document.getElementById("h-report").focus(); }
        });
      }, function () { say(W.failed); });
    });
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

  // fetchSave fetches path (with the token) and saves the answer as name,
  // or shows what failed.
  function fetchSave(path, opt, name) {
    say(W.working);
    api(path, opt).then(function (r) {
      if (!r.ok) { return fail(r); }
      return r.blob().then(function (blob) { save(blob, name); });
    }, function () { say(W.failed); });
  }

  // post sends fd to path, once the server is this page's gbo, and saves
  // the answer as name.
  function post(path, fd, name) {
    guarded(function () { fetchSave(path, { method: "POST", body: fd }, name); });
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
    formsDrop.addEventListener(t, function (ev) { ev.preventDefault(); if (!stopped) { formsDrop.classList.add("over"); } });
  });
  ["dragleave", "drop"].forEach(function (t) {
    formsDrop.addEventListener(t, function () { formsDrop.classList.remove("over"); });
  });
  formsDrop.addEventListener("drop", function (ev) {
    ev.preventDefault();
    if (stopped) { say(W.stopped); return; }
    if (ev.dataTransfer && ev.dataTransfer.files.length) { setForms(ev.dataTransfer.files); }
  });

  document.getElementById("dl-forms").addEventListener("click", function () {
    var fd = new FormData();
    fd.append("lang", lang);
    if (!caseOnly(fd)) { say(W.nothing_chosen); files.focus(); return; }
    post("/api/survey/make", fd, W.fn_forms + ".zip");
  });

  document.getElementById("collectform").addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (!formsPicked.length) { say(W.no_forms); formsInput.focus(); return; }
    var fd = new FormData();
    fd.append("lang", lang);
    formsPicked.forEach(function (f) { fd.append("forms", f, f.name); });
    var withCase = document.getElementById("collect-case").checked;
    if (withCase && !caseOnly(fd)) { say(W.nothing_chosen); files.focus(); return; }
    // ties.csv keeps the name gbo reads it by in a case folder.
    post("/api/survey/collect", fd, withCase ? W.fn_case_survey + ".xlsx" : "ties.csv");
  });

  Array.prototype.forEach.call(document.querySelectorAll("button[data-api]"), function (b) {
    b.addEventListener("click", function () {
      var fd = formData();
      if (!fd) { say(W.nothing_chosen); return; }
      post(b.getAttribute("data-api"), fd, W[b.getAttribute("data-fn")] + b.getAttribute("data-ext"));
    });
  });

  document.getElementById("dl-report").addEventListener("click", function () {
    if (viewURL) { fetchSave(viewURL + "?download=1", {}, W.fn_report + ".html"); }
  });
  document.getElementById("dl-template").addEventListener("click", function () {
    if (stopped) { say(W.stopped); return; }
    fetchSave("/api/template?lang=" + encodeURIComponent(lang), {}, W.fn_template + ".xlsx");
  });

  // setLang changes the page's language in place: its words (from
  // /api/words), the samples' descriptions, and the report or problems
  // shown, analysed again in the new language. The chosen files, dates
  // and settings stay.
  function setLang(code) {
    if (code === lang || stopped) { return; }
    api("/api/words?lang=" + encodeURIComponent(code)).then(function (r) {
      if (!r.ok) { return fail(r); }
      return r.json().then(function (body) {
        lang = body.lang;
        W = body.words;
        document.documentElement.lang = lang;
        document.title = W.title;
        Array.prototype.forEach.call(document.querySelectorAll("[data-w]"), function (e) { e.textContent = W[e.getAttribute("data-w")]; });
        Array.prototype.forEach.call(document.querySelectorAll("[data-w-label]"), function (e) { e.setAttribute("aria-label", W[e.getAttribute("data-w-label")]); });
        Array.prototype.forEach.call(document.querySelectorAll("[data-w-title]"), function (e) { e.setAttribute("title", W[e.getAttribute("data-w-title")]); });
        Array.prototype.forEach.call(document.querySelectorAll("button.lang"), function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-lang") === lang)); });
        if (picked.length) { chosen.textContent = W.chosen + " " + picked.map(function (f) { return f.name; }).join(", "); }
        if (formsPicked.length) { formsChosen.textContent = W.chosen + " " + formsPicked.map(function (f) { return f.name; }).join(", "); }
        if (lastProblems) { showProblems(lastProblems); }
        history.replaceState(null, "", "/?lang=" + encodeURIComponent(lang));
        say("");
        return loadSamples().then(function () { if (shown) { analyse(true); } });
      });
    }, function () { say(W.failed); });
  }
  // The user's switch is kept in the tab's sessionStorage: it wins over
  // the language gbo chose (--lang, or the browser's) at the next load.
  Array.prototype.forEach.call(document.querySelectorAll("button.lang"), function (b) {
    b.addEventListener("click", function () {
      try { store.setItem("gbo-lang", b.getAttribute("data-lang")); } catch (e) { /* storage refused: not kept */ }
      setLang(b.getAttribute("data-lang"));
    });
  });

  // firstLang is the language the page starts in: the user's switch, else
  // (when gbo guessed from the request: no --lang) the first of the
  // browser's languages the page has, else the one gbo served.
  function firstLang() {
    var have = Array.prototype.map.call(document.querySelectorAll("button.lang"), function (b) { return b.getAttribute("data-lang"); });
    var kept = store.getItem("gbo-lang");
    if (kept && have.indexOf(kept) >= 0) { return kept; }
    if (boot.guessed) {
      var wanted = navigator.languages || [navigator.language || ""];
      for (var i = 0; i < wanted.length; i++) {
        var l = String(wanted[i]).toLowerCase().split(/[-_]/)[0];
        if (have.indexOf(l) >= 0) { return l; }
      }
    }
    return lang;
  }

  if (!token || !run) {
    stop(W.no_token);
  } else if (firstLang() !== lang) {
    setLang(firstLang());
  } else {
    loadSamples();
  }
}());
