/* corresp.js: search, filters and sortable columns for index.html (copied there by html.xsl).

   Plain JavaScript, no library, no network: it works from file:// and on any web server.
   The page is complete without it (a table of every document); the script only shows the
   filter form, hides rows and reorders them. What it filters on is in the rows' data-
   attributes (see xslt/html-index.xsl); the words it searches are in search-index.js.
   It never turns data into markup: text goes in with textContent, values with .value,
   nothing is evaluated.

   The state lives in the URL query (index.html?q=…&correspondent=…&from=…&to=…&type=…
   &place=…&sort=…), so a filtered view can be bookmarked and linked; the timeline's bars are
   such links. */
(function () {
  "use strict";

  var form = document.getElementById("filters");
  var table = document.getElementById("documents");
  if (!form || !table || !window.URLSearchParams) return;
  var tbody = table.tBodies[0];
  var hits = document.getElementById("hits");
  var FIELDS = ["q", "correspondent", "from", "to", "type", "place"];
  var DEFAULT_SORT = "date";

  // Case and accents do not matter: "lisboa" finds "Lisboa", "zurich" finds "Zürich".
  function fold(text) {
    return String(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ");
  }

  function tokens(value) {
    return new Set((value || "").split(" ").filter(Boolean));
  }

  function cellText(row, name) {
    var cell = row.querySelector("td." + name);
    return cell ? cell.textContent.replace(/\s+/g, " ").trim() : "";
  }

  var words = new Map(Array.isArray(window.correspSearchText) ? window.correspSearchText : []);
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

  // The timeline and the date filter go by month or by year (the table says which).
  var granularity = table.getAttribute("data-granularity") === "year" ? "year" : "month";

  var rows = Array.prototype.map.call(tbody.rows, function (row, index) {
    return {
      row: row,
      index: index, // the page's order: date order
      text: fold((words.get(row.id) || "") + " " + row.textContent),
      period: row.getAttribute("data-" + granularity) || "",
      type: row.getAttribute("data-type") || "",
      correspondents: tokens(row.getAttribute("data-correspondents")),
      places: tokens(row.getAttribute("data-places")),
      keys: { parties: cellText(row, "parties"), type: cellText(row, "type"), title: cellText(row, "title") }
    };
  });

  // ---- state: the controls' values and the sort order ------------------------------------

  var controls = {};
  FIELDS.forEach(function (name) { controls[name] = form.elements[name]; });
  var sort = { key: DEFAULT_SORT, descending: false };

  // Set the controls from URL parameters; values a select does not offer are ignored.
  function readParams(params) {
    FIELDS.forEach(function (name) {
      var control = controls[name];
      if (!control) return;
      var value = params.get(name) || "";
      if (control.tagName === "SELECT") {
        var known = Array.prototype.some.call(control.options, function (o) { return o.value === value; });
        control.value = known ? value : "";
      } else {
        control.value = value;
      }
    });
    var wanted = params.get("sort") || DEFAULT_SORT;
    var key = wanted.replace(/^-/, "");
    sort = sortButtons[key] ? { key: key, descending: wanted.charAt(0) === "-" } : { key: DEFAULT_SORT, descending: false };
  }

  function state() {
    var s = {};
    FIELDS.forEach(function (name) { s[name] = controls[name] ? controls[name].value.trim() : ""; });
    return s;
  }

  function writeUrl(push) {
    var params = new URLSearchParams();
    var s = state();
    FIELDS.forEach(function (name) { if (s[name]) params.set(name, s[name]); });
    if (sort.key !== DEFAULT_SORT || sort.descending) params.set("sort", (sort.descending ? "-" : "") + sort.key);
    var query = params.toString();
    var url = location.pathname + (query ? "?" + query : "");
    try {
      history[push ? "pushState" : "replaceState"](null, "", url);
    } catch (e) {
      // A browser may refuse to change a file: URL; the filters work all the same.
    }
  }

  // ---- filtering -------------------------------------------------------------------------

  function matches(item, s, terms, from, to) {
    for (var i = 0; i < terms.length; i++) {
      if (item.text.indexOf(terms[i]) < 0) return false;
    }
    if (s.correspondent && !item.correspondents.has(s.correspondent)) return false;
    if (s.place && !item.places.has(s.place)) return false;
    if (s.type && item.type !== s.type) return false;
    if (from && (!item.period || item.period < from)) return false;
    if (to && (!item.period || item.period > to)) return false;
    return true;
  }

  function apply() {
    var s = state();
    var terms = fold(s.q).split(" ").filter(Boolean);
    var from = s.from, to = s.to;
    if (from && to && from > to) { var t = from; from = to; to = t; }
    var shown = 0;
    rows.forEach(function (item) {
      var show = matches(item, s, terms, from, to);
      item.row.hidden = !show;
      if (show) shown++;
    });
    var filtered = FIELDS.some(function (name) { return s[name]; });
    if (hits) {
      hits.textContent = !filtered
        ? "All " + rows.length + " documents."
        : shown === 0
          ? "No document matches (of " + rows.length + ")."
          : shown + " of " + rows.length + (rows.length === 1 ? " document." : " documents.");
    }
    // The timeline's bars outside the date range are dimmed.
    document.querySelectorAll("#timeline .bar[data-period]").forEach(function (bar) {
      var period = bar.getAttribute("data-period");
      var outside = (from && period < from) || (to && period > to);
      bar.classList.toggle("dim", Boolean(outside));
    });
  }

  // ---- sorting ---------------------------------------------------------------------------

  var sortButtons = {};
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var key = th.getAttribute("data-sort");
    if (!key) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = th.textContent.trim();
    th.textContent = "";
    th.appendChild(button);
    sortButtons[key] = button;
    button.addEventListener("click", function () {
      sort = sort.key === key ? { key: key, descending: !sort.descending } : { key: key, descending: false };
      applySort();
      writeUrl(false);
    });
  });

  function applySort() {
    var key = sort.key, sign = sort.descending ? -1 : 1;
    var ordered = rows.slice().sort(function (a, b) {
      var c = key === "date" ? 0 : collator.compare(a.keys[key], b.keys[key]);
      return sign * (c || a.index - b.index);
    });
    var fragment = document.createDocumentFragment();
    ordered.forEach(function (item) { fragment.appendChild(item.row); });
    tbody.appendChild(fragment);
    Object.keys(sortButtons).forEach(function (k) {
      var th = sortButtons[k].parentNode;
      if (k === key) th.setAttribute("aria-sort", sort.descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
  }

  // ---- events ----------------------------------------------------------------------------

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", function () { apply(); writeUrl(false); });
  form.addEventListener("change", function () { apply(); writeUrl(false); });
  form.addEventListener("reset", function () {
    // The controls are reset after this event: filter then.
    setTimeout(function () { apply(); writeUrl(false); }, 0);
  });

  // Links to this page with a query (the timeline's bars, its table) filter in place.
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    var href = link ? link.getAttribute("href") : "";
    if (href.indexOf("?") < 0) return; // "#main" keeps the current query: not a filter link
    var url = new URL(href, location.href);
    if (url.pathname !== location.pathname) return;
    event.preventDefault();
    readParams(url.searchParams);
    apply();
    applySort();
    writeUrl(true);
    table.scrollIntoView({ block: "start" });
  });

  window.addEventListener("popstate", function () {
    readParams(new URLSearchParams(location.search));
    apply();
    applySort();
  });

  var count = document.querySelector("main p.count");
  if (count) count.hidden = true;
  form.hidden = false;
  readParams(new URLSearchParams(location.search));
  apply();
  applySort();
})();
