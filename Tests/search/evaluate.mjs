#!/usr/bin/env node
// Runs the site's real search (Templates/assets/search.js) on a query set against an index
// folder, and says for each query whether the expected service is among the first three.
//
//   node Tests/search/evaluate.mjs --index Output/search [--queries Tests/search/queries.yml]...
//        [--top 3] [--json] [--verbose]
//   node Tests/search/evaluate.mjs --old Output/search-index.json [--queries …]
//
// --index: the folder with <lang>/meta.json (Tests/search/build_index.py writes it).
// --old:   the index of the search before issue 21 (one search-index.json), searched with that
//          search's rule (every query word starts a word of the entry; index order).
// Queries: the one-query-a-line files of Tests/search (queries.yml, holdout.yml), or JSON
// ([{lang, q, expect}]). Prints one line per query and the score per language; --json prints
// {results: [...], score: {lang: [found, total]}} instead. Exit status 0 whatever the score.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sapa = require(join(here, "..", "..", "Templates", "assets", "search.js"));

function parseArgs(argv) {
  const args = { queries: [], top: 3, json: false, verbose: false, index: null, old: null, script: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--index") args.index = argv[++i];
    else if (arg === "--old") args.old = argv[++i];
    else if (arg === "--queries") args.queries.push(argv[++i]);
    else if (arg === "--top") args.top = Number(argv[++i]);
    else if (arg === "--json") args.json = true;
    else if (arg === "--verbose") args.verbose = true;
    else throw new Error("unknown argument " + arg);
  }
  if (!args.queries.length) args.queries.push(join(here, "queries.yml"));
  if (!args.index && !args.old) throw new Error("give --index DIR or --old search-index.json");
  return args;
}

// The query files' form: "- {lang: ru, q: "…", expect: id, kind: …}", one a line.
export function readQueries(path) {
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".json")) return JSON.parse(text);
  const queries = [];
  text.split("\n").forEach((line, number) => {
    if (!/^\s*-\s*\{/.test(line)) return;
    const body = line.trim().replace(/^-\s*\{/, "").replace(/\}\s*$/, "");
    const entry = {};
    const field = /\s*(\w+)\s*:\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)/y;
    let m;
    while (field.lastIndex < body.length && (m = field.exec(body))) {
      entry[m[1]] = m[2].startsWith('"') ? JSON.parse(m[2]) : m[2].trim();
    }
    if (!entry.lang || !entry.q || !entry.expect) throw new Error(`${path}:${number + 1}: needs lang, q and expect`);
    entry.file = path;
    entry.line = number + 1;
    queries.push(entry);
  });
  return queries;
}

const gzipped = {};
function gzipSize(path) {
  if (!(path in gzipped)) gzipped[path] = gzipSync(readFileSync(path), { level: 9 }).length;
  return gzipped[path];
}

async function runNew(indexDir, queries, top) {
  const out = [];
  for (const query of queries) {
    // A fresh index for each query, as a page opened with ?q=: what it loads is what one query costs.
    const dir = join(indexDir, query.lang);
    const loaded = new Set();
    const index = await sapa.openIndex(async (name) => {
      loaded.add(name);
      return JSON.parse(readFileSync(join(dir, name), "utf8"));
    });
    const found = await sapa.search(index, query.q);
    // What the page loads: the first 20 services and the first 20 bodies and regions (their
    // document chunks), or, when nothing is found, the suggestions.
    const isService = (r) => index.meta.services === undefined || r.doc < index.meta.services;
    for (const result of found.results.filter(isService).slice(0, 20)) await index.doc(result.doc);
    for (const result of found.results.filter((r) => !isService(r)).slice(0, 20)) await index.doc(result.doc);
    let near = [];
    if (!found.results.length) {
      for (const result of await sapa.suggest(index, query.q)) near.push((await index.doc(result.doc))[0]);
    }
    const files = loaded.size;
    const bytes = [...loaded].reduce((sum, name) => sum + gzipSize(join(dir, name)), 0);
    // The rank among services (the harness reads every result's document for it; not counted).
    const services = [];
    for (const result of found.results.filter(isService)) {
      const doc = await index.doc(result.doc);
      if (doc[1] === "service") services.push({ id: doc[0], name: doc[2], score: Number(result.score.toFixed(3)) });
      if (services.length >= Math.max(top, 20) && services.some((s) => s.id === query.expect)) break;
    }
    const rank = services.findIndex((s) => s.id === query.expect) + 1;
    out.push({ ...query, rank, ok: rank >= 1 && rank <= top, top: services.slice(0, top), count: found.results.length, near, files, bytes });
  }
  return out;
}

// The search before issue 21 (Templates/assets/search.js at 2d1b… and before): fold, then keep
// the entries in which every query word starts some keyword; results in index order.
function runOld(indexPath, queries, top) {
  const index = JSON.parse(readFileSync(indexPath, "utf8"));
  const folds = { "ә": "а", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "ғ": "г", "һ": "х", "ё": "е" };
  const fold = (text) => text.toLowerCase().replace(/[әқңөұүіғһё]/g, (c) => folds[c]).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return queries.map((query) => {
    const terms = fold(query.q).split(" ").filter(Boolean);
    const found = terms.length ? index.filter((entry) => {
      const keys = entry.keywords.split(" ");
      return terms.every((term) => keys.some((key) => key.indexOf(term) === 0));
    }) : [];
    const idOf = (entry) => entry.urls[query.lang].replace(/\/$/, "").split("/").pop();
    const firsts = found.slice(0, top);
    const rank = found.findIndex((e) => e.kind === "service" && idOf(e) === query.expect) + 1;
    return { ...query, rank, ok: rank >= 1 && rank <= top, top: firsts.map((e) => ({ id: idOf(e), name: e.names[query.lang] })), count: found.length, near: [] };
  });
}

function score(results) {
  const byLang = {};
  for (const r of results) {
    byLang[r.lang] = byLang[r.lang] || [0, 0];
    byLang[r.lang][1]++;
    if (r.ok) byLang[r.lang][0]++;
  }
  const all = results.filter((r) => r.ok).length;
  byLang.all = [all, results.length];
  return byLang;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const queries = args.queries.flatMap(readQueries);
  const results = args.old ? runOld(args.old, queries, args.top) : await runNew(args.index, queries, args.top);
  const scores = score(results);
  if (args.json) {
    process.stdout.write(JSON.stringify({ results, score: scores }) + "\n");
    return;
  }
  for (const r of results) {
    const mark = r.ok ? "ok  " : "MISS";
    const where = r.rank ? `#${r.rank}` : "—";
    console.log(`${mark} ${r.lang} ${where.padEnd(3)} «${r.q}» → ${r.expect}` +
      (r.ok && !args.verbose ? "" : `   [top: ${r.top.map((t) => t.id).join(", ") || (r.near.length ? "none; near: " + r.near.slice(0, 3).join(", ") : "none")}]`));
  }
  for (const [lang, [found, total]] of Object.entries(scores)) console.log(`${lang}: ${found} of ${total}`);
  const bytes = results.filter((r) => r.bytes !== undefined).map((r) => r.bytes).sort((a, b) => a - b);
  if (bytes.length) {
    const script = gzipSize(join(here, "..", "..", "Templates", "assets", "search.js"));
    console.log(`index files one query loads, gzipped: median ${(bytes[bytes.length >> 1] / 1024).toFixed(1)} KB, ` +
      `max ${(bytes[bytes.length - 1] / 1024).toFixed(1)} KB (search.js itself: ${(script / 1024).toFixed(1)} KB)`);
  }
}

main().catch((error) => { console.error(error.stack || String(error)); process.exit(1); });
