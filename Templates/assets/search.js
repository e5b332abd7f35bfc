// Sapa search: finds services, bodies and regions in the index built with the site.
// Folds like SearchIndex.fold in Swift, so «кызмет» finds «қызмет».
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var results = document.getElementById("search-results");
  var lang = document.documentElement.lang || "kk";
  var words = { kk: ["нәтиже", "табылмады"], ru: ["результатов", "ничего не найдено"], en: ["results", "nothing found"] }[lang] || ["results", "nothing found"];
  var kinds = { kk: { service: "Қызмет", body: "Орган", region: "Өңір" }, ru: { service: "Услуга", body: "Орган", region: "Регион" }, en: { service: "Service", body: "Body", region: "Region" } }[lang];
  var folds = { "ә": "а", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "ғ": "г", "һ": "х", "ё": "е" };
  var index = null;

  function fold(text) {
    return text.toLowerCase().replace(/[әқңөұүіғһё]/g, function (c) { return folds[c]; })
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function search(query) {
    var terms = fold(query).split(" ").filter(Boolean);
    if (!terms.length) return [];
    return index.filter(function (entry) {
      var keys = entry.keywords.split(" ");
      return terms.every(function (term) { return keys.some(function (key) { return key.indexOf(term) === 0; }); });
    });
  }

  function show(query) {
    results.textContent = "";
    if (!index || !query.trim()) return;
    var found = search(query);
    var summary = document.createElement("p");
    summary.textContent = found.length ? found.length + " " + words[0] : words[1];
    results.appendChild(summary);
    var list = document.createElement("ol");
    found.slice(0, 100).forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.urls[lang] || entry.urls.kk;
      link.textContent = entry.names[lang] || entry.names.kk;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " — " + ((kinds && kinds[entry.kind]) || entry.kind);
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  fetch(form.getAttribute("data-index")).then(function (response) { return response.json(); }).then(function (data) {
    index = data;
    show(input.value);
  });
  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    show(input.value);
  });
})();
