// Sapa: sorting and filtering for results tables. The tables read fully without it.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "kk";
  var labels = {
    kk: { filter: "Кестеден іздеу", sort: "Сұрыптау" },
    ru: { filter: "Поиск по таблице", sort: "Сортировать" },
    en: { filter: "Filter this table", sort: "Sort" }
  }[lang] || { filter: "Filter", sort: "Sort" };

  function sortValue(cell, type) {
    var raw = cell.getAttribute("data-sort");
    if (raw === null) raw = cell.textContent.trim();
    if (type === "number") { var n = parseFloat(raw); return isNaN(n) ? null : n; }
    return raw.toLocaleLowerCase(lang);
  }

  function makeSortable(table, index) {
    var headers = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
    Array.prototype.forEach.call(headers, function (th, column) {
      var type = th.getAttribute("data-sort-type") || "text";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortValue(a.cells[column], type), y = sortValue(b.cells[column], type);
          if (x === y) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          var order = typeof x === "number" ? x - y : String(x).localeCompare(String(y), lang);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function makeFilterable(table, index) {
    var scroll = table.closest(".table-scroll") || table;
    var id = "table-filter-" + index;
    var wrapper = document.createElement("div");
    wrapper.className = "table-filter";
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = labels.filter + ": ";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.addEventListener("input", function () {
      var query = fold(input.value);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = query !== "" && fold(row.textContent).indexOf(query) === -1;
      });
    });
    wrapper.appendChild(label);
    wrapper.appendChild(input);
    scroll.parentNode.insertBefore(wrapper, scroll);
  }

  // Kazakh letters match their plain counterparts, so "kyzmet" typed as "кызмет" finds "қызмет".
  var folds = { "ә": "а", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "ғ": "г", "һ": "х", "ё": "е" };
  function fold(text) {
    return text.toLocaleLowerCase(lang).replace(/[әқңөұүіғһё]/g, function (c) { return folds[c]; }).trim();
  }

  var tables = document.querySelectorAll("table[data-sortable]");
  Array.prototype.forEach.call(tables, function (table, index) {
    makeSortable(table, index);
    if (table.tBodies[0] && table.tBodies[0].rows.length > 8) makeFilterable(table, index);
  });
})();
