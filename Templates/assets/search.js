// Sapa search: finds services, bodies and regions as people type them, in the index written
// with the site (Output/search/<lang>/, format in notes/search-index.md: meta.json, word shards
// w-*.json loaded on demand, documents docs-<n>.json).
//
// The index holds folded words, not stems. Here the query and the index words loaded for it
// are stemmed: Russian by the Snowball Russian algorithm, Kazakh by a suffix stripper (case,
// plural, possessive and a few verb endings, on folded text), English by a light plural
// stripper; each index word is stemmed by the stemmer of the language it is written in.
// A document's score is, over the query's words, the sum of each word's weight (rarer words
// weigh more) times its best match in the document (exact > same stem > prefix) times the
// field it matched in (name > keywords > other-language names > facts > findings text).
//
// In a page it runs the search form; in Node (Tests/search/evaluate.mjs) it exports the same
// functions: fold, stemRu, stemKk, stemEn, openIndex, search, suggest, plural.
(function () {
  "use strict";

  // ---- Folding: the same as the index writer (Tests/search/build_index.py, fold) ---------

  var FOLDS = { "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е" };
  var LOOKALIKES = { a: "а", b: "в", c: "с", e: "е", i: "и", k: "к", m: "м", o: "о", p: "р", t: "т", x: "х", y: "у" };
  var WORD = /[\p{L}\p{N}]+/gu;
  var CYRILLIC = /[\u0400-\u04ff]/;

  function fold(text) {
    var lower = String(text).normalize("NFC").toLowerCase().replace(/[әғқңөұүһіё]/g, function (c) { return FOLDS[c]; });
    return (lower.match(WORD) || []).map(function (word) {
      return CYRILLIC.test(word) ? word.replace(/[abceikmoptxy]/g, function (c) { return LOOKALIKES[c]; }) : word;
    });
  }

  // ---- Russian: the Snowball Russian stemmer (snowballstem.org/algorithms/russian) -------

  var RU_VOWELS = "аеиоуыэюя";
  function sortLongestFirst(list) { return list.slice().sort(function (a, b) { return b.length - a.length; }); }
  var RU = {
    gerund1: ["в", "вши", "вшись"],
    gerund2: ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"],
    adjective: ["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому",
      "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"],
    participle1: ["ем", "нн", "вш", "ющ", "щ"],
    participle2: ["ивш", "ывш", "ующ"],
    reflexive: ["ся", "сь"],
    verb1: ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
    verb2: ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено",
      "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"],
    noun: ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием",
      "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"],
    derivational: ["ост", "ость"],
    tidy: ["ейш", "ейше", "н", "ь"]
  };

  // The longest of `groups` (each a list of suffixes with its group number) that ends `word`
  // and starts at or after `limit`: {suffix, group} or null (Snowball's `among`).
  function among(word, limit, groups) {
    var best = null;
    groups.forEach(function (group, index) {
      group.forEach(function (suffix) {
        if ((!best || suffix.length > best.suffix.length) && word.length - suffix.length >= limit &&
            word.slice(word.length - suffix.length) === suffix) {
          best = { suffix: suffix, group: index };
        }
      });
    });
    return best;
  }

  // A group-1 ending must follow а or я, inside RV.
  function afterAYa(word, suffix, rv) {
    var at = word.length - suffix.length - 1;
    return at >= rv && (word[at] === "а" || word[at] === "я");
  }

  function stemRu(word) {
    var n = word.length, rv = n, r2 = n, i = 0;
    var vowel = function (c) { return RU_VOWELS.indexOf(c) >= 0; };
    while (i < n && !vowel(word[i])) i++;
    if (i < n) {
      rv = i + 1;
      i = rv;
      while (i < n && vowel(word[i])) i++;             // gopast non-v: R1 starts after it
      if (i < n) {
        i++;
        while (i < n && !vowel(word[i])) i++;          // gopast v
        if (i < n) {
          i++;
          while (i < n && vowel(word[i])) i++;         // gopast non-v: R2 starts after it
          if (i < n) r2 = i + 1;
        }
      }
    }
    var cut = function (suffix) { word = word.slice(0, word.length - suffix.length); };
    var found = among(word, rv, [RU.gerund1, RU.gerund2]);
    var done = false;
    if (found && (found.group === 1 || afterAYa(word, found.suffix, rv))) {
      cut(found.suffix);
      done = true;
    }
    if (!done) {
      found = among(word, rv, [RU.reflexive]);
      if (found) cut(found.suffix);
      found = among(word, rv, [RU.adjective]);
      if (found) {
        cut(found.suffix);
        var participle = among(word, rv, [RU.participle1, RU.participle2]);
        if (participle && (participle.group === 1 || afterAYa(word, participle.suffix, rv))) cut(participle.suffix);
      } else {
        found = among(word, rv, [RU.verb1, RU.verb2]);
        if (found && (found.group === 1 || afterAYa(word, found.suffix, rv))) {
          cut(found.suffix);
        } else if (!found) {
          found = among(word, rv, [RU.noun]);
          if (found) cut(found.suffix);
        } else {
          // The longest verb ending needed а/я and had none: Snowball's `verb` fails, `noun` is tried.
          found = among(word, rv, [RU.noun]);
          if (found) cut(found.suffix);
        }
      }
    }
    if (word.length - 1 >= rv && word[word.length - 1] === "и") cut("и");
    found = among(word, rv, [RU.derivational]);
    if (found && word.length - found.suffix.length >= r2) cut(found.suffix);
    found = among(word, rv, [RU.tidy]);
    if (found) {
      if (found.suffix === "ь") {
        cut("ь");
      } else if (found.suffix === "н") {
        if (word.length - 2 >= rv && word[word.length - 2] === "н") cut("н");
      } else {
        cut(found.suffix);
        if (word.length - 2 >= rv && word.slice(-2) === "нн") cut("н");
      }
    }
    return word;
  }

  // ---- Kazakh: a suffix stripper on folded words -----------------------------------------
  // Case (genitive, dative, accusative, locative, ablative, instrumental, the -дағы
  // attributive), possessive and plural endings, and the verbal noun -у, the participles
  // -ған/-атын and the converb -ып, folded (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, і→и). An ending
  // is removed only after a letter it can follow (Kazakh endings change with the sound before
  // them: қызметке but балаға, қызметті but баланы), the longest first, again and again, as
  // long as two letters stay (three after a one-letter ending: ана, алу stay whole). A stem
  // ending in г or б (voiced before a vowel: кітабы, куәлігі) gets its к or п back.
  var KK_SUFFIXES = sortLongestFirst([
    "нын", "нин", "дын", "дин", "тын", "тин",
    "га", "ге", "ка", "ке", "на", "не", "а", "е",
    "ны", "ни", "ды", "ди", "ты", "ти", "н",
    "да", "де", "та", "те", "нда", "нде",
    "дан", "ден", "тан", "тен", "нан", "нен",
    "мен", "бен", "пен",
    "дагы", "деги", "тагы", "теги", "ндагы", "ндеги",
    "ым", "им", "м", "ын", "ин", "ы", "и", "сы", "си", "ымыз", "имиз", "мыз", "миз", "ыныз", "иниз", "ныз", "низ",
    "лар", "лер", "дар", "дер", "тар", "тер",
    "у", "ган", "ген", "кан", "кен", "атын", "етин", "йтын", "йтин", "ып", "ип"
  ]);
  var KK_VOWELS = "аеиоыэюя";           // у is left out: after it endings go as after a consonant (шақыруды)
  var KK_VOICELESS = "кпстфхцчшщ";
  // Whether `suffix` can follow `stem` (its last letter, mostly).
  function kkFollows(suffix, stem) {
    var first = suffix[0], before = stem[stem.length - 1];
    var vowel = KK_VOWELS.indexOf(before) >= 0, voiceless = KK_VOICELESS.indexOf(before) >= 0;
    // баласын is баласы + н, not балас + ын
    if ((suffix === "ын" || suffix === "ин") && before === "с" && KK_VOWELS.indexOf(stem[stem.length - 2]) >= 0) return false;
    if (suffix === "у") return true;
    if (suffix === "а" || suffix === "е") return before === "м" || before === "н";    // балама, балаңа
    if (first === "т" || first === "к" || first === "п") return voiceless;
    if (first === "д") return !voiceless && (!vowel || /^д[ае]/.test(suffix) && !/^д[ае]р$/.test(suffix));
    if (first === "г" || first === "б" || first === "м") return !voiceless;
    if (first === "н") return vowel || before === "м" || before === "н";
    if (first === "с" || first === "й") return vowel;
    if (first === "л") return vowel || before === "р" || before === "й" || before === "у";
    return !vowel;                                                                     // ы, и, ым, ын, атын, ып …
  }

  function stemKk(word) {
    for (var round = 0; round < 6; round++) {
      var removed = false;
      for (var i = 0; i < KK_SUFFIXES.length; i++) {
        var suffix = KK_SUFFIXES[i], rest = word.length - suffix.length;
        if (rest >= (suffix.length === 1 ? 3 : 2) && word.slice(rest) === suffix && kkFollows(suffix, word.slice(0, rest))) {
          word = word.slice(0, rest);
          var last = word[word.length - 1];
          if (last === "г") word = word.slice(0, -1) + "к";
          else if (last === "б") word = word.slice(0, -1) + "п";
          removed = true;
          break;
        }
      }
      if (!removed) break;
    }
    return word;
  }

  // ---- English: plurals and -ing/-ed, enough for the interface language ------------------

  function stemEn(word) {
    if (/[^a-z]/.test(word) || word.length < 4) return word;
    if (/ies$/.test(word)) return word.slice(0, -3) + "y";
    if (/(ss|us)$/.test(word)) return word;
    if (/(xes|ches|shes|sses)$/.test(word)) return word.slice(0, -2);
    if (/s$/.test(word)) return word.slice(0, -1);
    if (/ing$/.test(word) && word.length > 5) return word.slice(0, -3);
    if (/ed$/.test(word) && word.length > 4) return word.slice(0, -2);
    return word;
  }

  var STEMMERS = { ru: stemRu, kk: stemKk, en: stemEn };
  function stemmer(lang) { return STEMMERS[lang] || function (w) { return w; }; }

  // Russian vowels that come and go: ребенок/ребенка, земля/земельный. A Russian stem also
  // tries the form without the vowel before its last consonant, and with е/о put in.
  var CONSONANT = /[бвгджзклмнпрстфхцчшщ]/;
  function ruVariants(stem) {
    var out = [];
    var n = stem.length;
    if (n >= 4 && CONSONANT.test(stem[n - 1]) && /[ое]/.test(stem[n - 2]) && CONSONANT.test(stem[n - 3])) {
      out.push(stem.slice(0, n - 2) + stem[n - 1]);
    }
    if (n >= 3 && CONSONANT.test(stem[n - 1]) && CONSONANT.test(stem[n - 2])) {
      out.push(stem.slice(0, n - 1) + "е" + stem[n - 1], stem.slice(0, n - 1) + "о" + stem[n - 1]);
    }
    return out;
  }

  // Words a query may hold that say nothing about the service (prepositions, conjunctions,
  // "how", "get", "need"): dropped unless the query has nothing else.
  var STOP = {};
  ("и в во на по с со к ко о об обо от до за из для при у а или либо не ни как где что это мне я " +
    "получить получение оформить сделать узнать хочу нужно нужна нужен можно онлайн " +
    "жане мен бен пен немесе ушин уа калай кайда керек " +
    "the a an of for to in on and or how get").split(" ").forEach(function (w) { STOP[w] = true; });

  // Compounds of Russian officialese: госслужба = государственная служба, соцпомощь = социальная помощь.
  var COMPOUNDS = [["гос", "государствен"], ["соц", "социальн"], ["мед", "медицинск"]];

  // ---- The index ---------------------------------------------------------------------------

  // `load(name)` resolves to the parsed JSON of the index file `name` (meta.json, w-….json, docs-….json).
  function openIndex(load) {
    var shards = {}, chunks = {};
    return load("meta.json").then(function (meta) {
      var keys = meta.shards;
      return {
        meta: meta,
        // The shard files that may hold words starting with `prefix` (or with a shard key that `prefix` starts with).
        shardKeys: function (prefix) {
          return keys.filter(function (key) {
            return prefix.slice(0, key.length) === key || key.slice(0, prefix.length) === prefix;
          });
        },
        shard: function (key) {
          if (!shards[key]) shards[key] = load(shardFile(key));
          return shards[key];
        },
        doc: function (number) {
          var chunk = Math.floor(number / meta.chunk);
          if (!chunks[chunk]) chunks[chunk] = load("docs-" + chunk + ".json");
          return chunks[chunk].then(function (docs) { return docs[number - chunk * meta.chunk]; });
        }
      };
    });
  }

  function shardFile(key) {
    return "w-" + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-") + ".json";
  }

  // ---- Matching ----------------------------------------------------------------------------

  var FIELDS = [[1, 1.0], [4, 1.0], [2, 0.6], [8, 0.5], [16, 0.3]];   // name, keywords, other-language name, facts, findings
  function fieldWeight(mask) {
    for (var i = 0; i < FIELDS.length; i++) if (mask & FIELDS[i][0]) return FIELDS[i][1];
    return 0;
  }

  var stemCache = {};
  function stemOf(lang, word) {
    var key = lang + ":" + word;
    if (!(key in stemCache)) stemCache[key] = stemmer(lang)(word);
    return stemCache[key];
  }

  // The query's terms: each with its folded word, its stems per language and whether it is
  // the word being typed (the last one, with no space after it).
  function terms(query, langs) {
    var words = fold(query);
    var typing = words.length > 0 && !/[\s.,;!?]$/.test(query);
    var list = [];
    words.forEach(function (word, index) {
      var parts = [word];
      COMPOUNDS.forEach(function (pair) {
        if (word.indexOf(pair[0]) === 0 && word.length >= pair[0].length + 4 && word.indexOf(pair[1]) !== 0) {
          parts = [pair[1], word.slice(pair[0].length)];
        }
      });
      parts.forEach(function (part, p) {
        list.push({ word: part, typing: typing && index === words.length - 1 && p === parts.length - 1 });
      });
    });
    list = list.filter(function (t) { return t.word.length > 1 || /\d/.test(t.word); });
    var content = list.filter(function (t) { return !STOP[t.word]; });
    if (content.length) list = content;
    var seen = {};
    list = list.filter(function (t) { return seen[t.word] ? false : (seen[t.word] = true); });
    list.forEach(function (t) {
      t.stems = {};
      langs.forEach(function (lang) {
        var stem = stemmer(lang)(t.word);
        var keys = [[stem, 1]];
        if (lang === "ru") ruVariants(stem).forEach(function (v) { keys.push([v, 0.9]); });
        t.stems[lang] = keys;
      });
    });
    return list;
  }

  // How well index word `word` (in language `lang`) matches term `t`: 0 … 1.
  function quality(t, lang, word) {
    if (word === t.word) return 1;
    var q = 0;
    if (t.typing && t.word.length >= 2 && word.indexOf(t.word) === 0) q = 0.8;
    var stem = stemOf(lang, word);
    var keys = t.stems[lang] || [];
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i][0], factor = keys[i][1];
      if (stem === key) {
        q = Math.max(q, 0.9 * factor);
      } else if (key.length >= 3 && stem.indexOf(key) === 0) {
        q = Math.max(q, (0.5 + 0.3 * key.length / stem.length) * factor);
      } else if (stem.length >= 4 && key.indexOf(stem) === 0 && key.length - stem.length <= (stem.length >= 5 ? 3 : 2)) {
        q = Math.max(q, 0.6 * factor);
      }
    }
    return q;
  }

  // A word's postings: document numbers as differences from the previous one, each times 32
  // plus the mask of the fields the word is in. Calls back (document, mask).
  function eachPosting(postings, callback) {
    var doc = 0;
    for (var i = 0; i < postings.length; i++) {
      doc += postings[i] >> 5;
      callback(doc, postings[i] & 31);
    }
  }

  // Every index word a term can match starts with this: what the term's word and all its
  // stems have in common, less the stem's last letter (a Kazakh stem may have devoiced it).
  function termPrefix(t) {
    var prefix = t.word;
    Object.keys(t.stems).forEach(function (lang) {
      t.stems[lang].forEach(function (key) {
        var stem = key[0].slice(0, key[0].length - 1), i = 0;
        while (i < prefix.length && i < stem.length && prefix[i] === stem[i]) i++;
        prefix = prefix.slice(0, i);
      });
    });
    // The reverse rule of `quality` (a word whose stem, of 4 letters or more, starts the term's)
    // needs no more than 4; a number matches only itself or, typed, what it starts.
    return (/\d/.test(t.word) ? prefix : prefix.slice(0, 4)) || t.word.slice(0, 1);
  }

  // For term `t`: {doc number: best quality × field weight} over the loaded shards.
  function matchTerm(index, t) {
    var prefix = termPrefix(t);
    return Promise.all(index.shardKeys(prefix).map(index.shard)).then(function (loaded) {
      var best = {};
      loaded.forEach(function (shard) {
        Object.keys(shard).forEach(function (lang) {
          var words = shard[lang];
          Object.keys(words).forEach(function (word) {
            if (word.slice(0, prefix.length) !== prefix) return;
            var q = quality(t, lang, word);
            if (q <= 0) return;
            eachPosting(words[word], function (doc, mask) {
              var value = q * fieldWeight(mask);
              if (!(doc in best) || best[doc] < value) best[doc] = value;
            });
          });
        });
      });
      return best;
    });
  }

  // A word the index does not have may be a typo: the index words of the same first two
  // letters within 1 edit (words of up to 6 letters) or 2, at a lower quality.
  function matchTypo(index, t) {
    var prefix = t.word.slice(0, 2), max = t.word.length <= 6 ? 1 : 2;
    return Promise.all(index.shardKeys(prefix).map(index.shard)).then(function (loaded) {
      var best = {};
      loaded.forEach(function (shard) {
        Object.keys(shard).forEach(function (lang) {
          Object.keys(shard[lang]).forEach(function (word) {
            if (word.slice(0, 2) !== prefix) return;
            var distance = editDistance(t.word, word, max);
            if (distance > max) return;
            var q = distance === 1 ? 0.6 : 0.45;
            eachPosting(shard[lang][word], function (doc, mask) {
              var value = q * fieldWeight(mask);
              if (!(doc in best) || best[doc] < value) best[doc] = value;
            });
          });
        });
      });
      return best;
    });
  }

  function isEmpty(object) {
    for (var key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return false;
    return true;
  }

  // Ranked documents for `query`: {terms, results: [{doc, score, matched}]} best first, cut at
  // a third of the best score. A query in Latin letters that finds nothing in a Kazakh or
  // Russian index is tried again in Cyrillic (prava → права, zher → жер).
  function search(index, query) {
    return searchTerms(index, query).then(function (found) {
      if (found.results.length || index.meta.lang === "en" || !/[a-z]/i.test(query) || CYRILLIC.test(query)) return found;
      return searchTerms(index, transliterate(query)).then(function (again) {
        again.transliterated = true;
        return again;
      });
    });
  }

  var LATIN = [["shch", "щ"], ["sch", "щ"], ["zh", "ж"], ["kh", "х"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"], ["ya", "я"], ["yu", "ю"],
    ["ia", "ия"], ["yo", "е"], ["a", "а"], ["ä", "а"], ["b", "б"], ["c", "к"], ["d", "д"], ["e", "е"], ["f", "ф"], ["g", "г"],
    ["ğ", "г"], ["h", "х"], ["i", "и"], ["ı", "ы"], ["j", "ж"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["ñ", "н"],
    ["o", "о"], ["ö", "о"], ["p", "п"], ["q", "к"], ["r", "р"], ["s", "с"], ["ş", "ш"], ["t", "т"], ["u", "у"], ["ū", "у"],
    ["ü", "у"], ["v", "в"], ["w", "у"], ["x", "кс"], ["y", "ы"], ["z", "з"]];
  function transliterate(text) {
    var lower = String(text).toLowerCase(), out = "", i = 0;
    while (i < lower.length) {
      var pair = null;
      for (var j = 0; j < LATIN.length && !pair; j++) if (lower.substr(i, LATIN[j][0].length) === LATIN[j][0]) pair = LATIN[j];
      out += pair ? pair[1] : lower[i];
      i += pair ? pair[0].length : 1;
    }
    return out;
  }

  function searchTerms(index, query) {
    var list = terms(query, index.meta.langs);
    if (!list.length) return Promise.resolve({ terms: list, results: [] });
    return Promise.all(list.map(function (t) {
      return matchTerm(index, t).then(function (best) {
        return isEmpty(best) && t.word.length >= 4 && !/\d/.test(t.word) ? matchTypo(index, t) : best;
      });
    })).then(function (perTerm) {
      var total = index.meta.docs;
      var scores = {}, matched = {};
      perTerm.forEach(function (best) {
        var df = 0;
        Object.keys(best).forEach(function (doc) { df += best[doc]; });
        var weight = Math.log(1 + total / (df + 1));
        Object.keys(best).forEach(function (doc) {
          scores[doc] = (scores[doc] || 0) + weight * best[doc];
          matched[doc] = (matched[doc] || 0) + 1;
        });
      });
      var results = Object.keys(scores).map(function (doc) {
        return { doc: Number(doc), score: scores[doc], matched: matched[doc] };
      });
      results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      var top = results.length ? results[0].score : 0;
      results = results.filter(function (r) { return r.score >= top / 3; });
      return { terms: list, results: results };
    });
  }

  // ---- Suggestions: when nothing is found, the names nearest to the query -------------------

  // Edits (insert, delete, replace, swap two neighbours) from a to b; anything above `max` is max + 1.
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var before = null, previous = [], current;
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) return max + 1;
      before = previous;
      previous = current;
    }
    return previous[b.length];
  }

  // Each query word is replaced by the nearest words of names and keywords (shards of its
  // first letter; within 1 edit for words up to 5 letters, 2 for longer), and the documents
  // that have most of them are suggested: [{doc, score}].
  function suggest(index, query) {
    var list = terms(query, index.meta.langs).filter(function (t) { return t.word.length >= 3; });
    return Promise.all(list.map(function (t) {
      var max = t.word.length <= 5 ? 1 : 2;
      return Promise.all(index.shardKeys(t.word[0]).map(index.shard)).then(function (loaded) {
        var best = {};
        loaded.forEach(function (shard) {
          Object.keys(shard).forEach(function (lang) {
            Object.keys(shard[lang]).forEach(function (word) {
              var distance = Math.min(editDistance(t.word, word, max),
                editDistance(stemOf(lang, t.word), stemOf(lang, word), max));
              if (distance > max) return;
              eachPosting(shard[lang][word], function (doc, mask) {
                if (!(mask & 7)) return;   // names and keywords only
                var value = (1 - distance / (max + 1)) * fieldWeight(mask);
                if (!(doc in best) || best[doc] < value) best[doc] = value;
              });
            });
          });
        });
        return best;
      });
    })).then(function (perTerm) {
      var scores = {};
      perTerm.forEach(function (best) {
        Object.keys(best).forEach(function (doc) { scores[doc] = (scores[doc] || 0) + best[doc]; });
      });
      return Object.keys(scores).map(function (doc) { return { doc: Number(doc), score: scores[doc] }; })
        .sort(function (a, b) { return b.score - a.score || a.doc - b.doc; }).slice(0, 5);
    });
  }

  // ---- The interface -----------------------------------------------------------------------

  function plural(lang, n) {
    if (lang === "ru") {
      var ten = n % 10, hundred = n % 100;
      var word = ten === 1 && hundred !== 11 ? "результат"
        : ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? "результата" : "результатов";
      return n + " " + word;
    }
    if (lang === "kk") return n + " нәтиже";
    return n + (n === 1 ? " result" : " results");
  }

  var TEXT = {
    kk: { none: "Ештеңе табылмады.", maybe: "Мүмкін, сіз мынаны іздедіңіз:", score: "орташа балл", rank: "рейтингтегі орны",
      qualitative: "сапалық зерттеу, балл жоқ", year: " ж.", services: "Қызметтер", others: "Органдар мен өңірлер",
      body: "Орган", region: "Өңір", more: "Тағы көрсету", failed: "Іздеу индексі жүктелмеді." },
    ru: { none: "Ничего не найдено.", maybe: "Возможно, вы искали:", score: "средний балл", rank: "место в рейтинге",
      qualitative: "качественное исследование, без балла", year: " г.", services: "Услуги", others: "Органы и регионы",
      body: "Орган", region: "Регион", more: "Показать ещё", failed: "Не удалось загрузить поисковый индекс." },
    en: { none: "Nothing found.", maybe: "Did you mean:", score: "average score", rank: "rank",
      qualitative: "qualitative study, no score", year: "", services: "Services", others: "Bodies and regions",
      body: "Body", region: "Region", more: "Show more", failed: "The search index did not load." }
  };

  var PAGE = 20;   // results shown at once; a button shows the next ones

  function figures(doc, text) {
    // doc: [id, kind, name, url, score, rank, year]
    var parts = [];
    if (doc[4]) parts.push(text.score + " " + doc[4]);
    if (doc[5]) parts.push(text.rank + " " + doc[5]);
    if (!doc[4] && !doc[5] && doc[6]) parts.push(text.qualitative);
    if (doc[6]) parts.push(doc[6] + text.year);
    return parts.join(" · ");
  }

  function ui() {
    var form = document.querySelector("form.search-form");
    if (!form) return;
    var input = form.querySelector("input[name=q]");
    var output = document.getElementById("search-results");
    var lang = document.documentElement.lang || "kk";
    var text = TEXT[lang] || TEXT.en;
    // data-index names the language's meta.json (search/<lang>/meta.json).
    var indexURL = new URL(form.getAttribute("data-index"), window.location.href);
    function get(url) {
      return fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + url);
        return response.json();
      });
    }
    var index = openIndex(function (name) { return get(new URL(name, indexURL)); });
    var generation = 0;

    function element(tag, className, content) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (content) node.textContent = content;
      return node;
    }

    function item(doc) {
      var li = element("li");
      var link = element("a", null, doc[2]);
      link.href = doc[3];
      li.appendChild(link);
      var detail = doc[1] === "service" ? figures(doc, text) : text[doc[1]] || doc[1];
      li.appendChild(document.createTextNode(" "));
      li.appendChild(element("span", "search-figures", "— " + detail));
      return li;
    }

    // A list of `results` that shows PAGE of them and a button for the next PAGE.
    function list(idx, results, current) {
      var ol = element("ol", "search-hits");
      var more = element("button", "search-more", text.more);
      more.type = "button";
      var shown = 0;
      function next() {
        var page = results.slice(shown, shown + PAGE);
        shown += page.length;
        return Promise.all(page.map(function (r) { return idx.doc(r.doc); })).then(function (docs) {
          if (current !== generation) return;
          docs.forEach(function (doc) { ol.appendChild(item(doc)); });
          if (shown >= results.length && more.parentNode) more.parentNode.removeChild(more);
        });
      }
      more.addEventListener("click", function () {
        var focus = ol.children.length;
        next().then(function () {
          var link = ol.children[focus] && ol.children[focus].querySelector("a");
          if (link) link.focus();
        });
      });
      return next().then(function () {
        var box = element("div", "search-list");
        box.appendChild(ol);
        if (shown < results.length) box.appendChild(more);
        return box;
      });
    }

    function show(query) {
      var current = ++generation;
      if (!query.trim()) { output.textContent = ""; return; }
      index.then(function (idx) {
        return search(idx, query).then(function (found) {
          var services = idx.meta.services === undefined ? found.results
            : found.results.filter(function (r) { return r.doc < idx.meta.services; });
          var others = idx.meta.services === undefined ? []
            : found.results.filter(function (r) { return r.doc >= idx.meta.services; });
          if (!found.results.length) {
            return suggest(idx, query).then(function (near) {
              return list(idx, near, current).then(function (box) { return { count: 0, near: near.length ? box : null }; });
            });
          }
          // Bodies and regions come after the services, unless the best result is one of them.
          var groups = [[text.services, services], [text.others, others]].filter(function (g) { return g[1].length; });
          if (groups.length > 1 && found.results[0] === others[0]) groups.reverse();
          return Promise.all(groups.map(function (g) { return list(idx, g[1], current); })).then(function (boxes) {
            return { count: found.results.length, groups: groups, boxes: boxes };
          });
        });
      }).then(function (found) {
        if (current !== generation) return;
        output.textContent = "";
        if (!found.count) {
          output.appendChild(element("p", "search-summary", text.none));
          if (found.near) {
            output.appendChild(element("p", null, text.maybe));
            output.appendChild(found.near);
          }
          return;
        }
        output.appendChild(element("p", "search-summary", plural(lang, found.count)));
        found.groups.forEach(function (group, i) {
          if (found.groups.length > 1) output.appendChild(element("h2", "search-group", group[0]));
          output.appendChild(found.boxes[i]);
        });
      }).catch(function () {
        if (current === generation) output.textContent = text.failed;
      });
    }

    var initial = new URLSearchParams(window.location.search).get("q") || "";
    input.value = initial;
    show(initial);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(input.value); }, 120);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      show(input.value);
    });
  }

  var api = { fold: fold, stemRu: stemRu, stemKk: stemKk, stemEn: stemEn, openIndex: openIndex, search: search,
    suggest: suggest, plural: plural, terms: terms, shardFile: shardFile, editDistance: editDistance,
    transliterate: transliterate };
  if (typeof module === "object" && module.exports) module.exports = api;
  if (typeof document !== "undefined") ui();
})();
