#!/usr/bin/env node
// Search benchmark: `npm run bench:search [-- --lessons 1000]`, or on the real course's built
// index: `npm run bench:search -- --site dist` (after `npm run build`).
// Generates a synthetic course (lessons of ~1 800 words in 6 sections, a 100-term glossary,
// quizzes) from a French vocabulary, builds and splits the index as the site build does, and
// reports in node: sizes (gzip), the bytes a first query fetches (manifest + the shards it
// needs) for the header box (6 results) and a search-page screen (20), the manifest's load time
// and the query time (median, p95) once shards are in memory. `--whole` also measures the
// former single-file index (loaded whole) for comparison.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { importTs } from './run-ts.mjs';

const { values } = parseArgs({
  options: { site: { type: 'string' }, lessons: { type: 'string', default: '1000' }, queries: { type: 'string', default: '400' }, whole: { type: 'boolean', default: false } },
});
const lessonCount = Number(values.lessons);
const { buildSearchIndex, createSearcher, createShardedSearcher, splitSearchIndex } = await importTs('src/engine/search/index.ts');
const { createRandom, randomInt } = await importTs('src/engine/random.ts');

const vocabulary = `mutuelle santé cotisation adhérent bénéficiaire prestation ticket modérateur tiers payant période
observation sélection adverse aléa moral prime pure chargement marge sécurité sinistralité recouvrement fidélisation
pénétration liquidité réserves réassurance fonds garantie union réseau fédération gouvernance assemblée générale conseil
administration comité contrôle gestionnaire médecin conseil prestataire convention forfait capitation hôpital centre
santé consultation accouchement hospitalisation médicaments ménage revenu capacité contributive volonté payer subvention
État financement offre demande gratuité solidarité mutualisation risque maladie couverture universelle économie informelle
artisan agriculteur récolte calendrier collecte reçu registre carte rapport indicateur tableau bord budget trésorerie
compte banque audit formation sensibilisation confiance qualité soins accès distance transport famille enfant femme`.split(/\s+/);

const gz = (text) => gzipSync(text, { level: 9 }).length;
const mb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} Mo` : `${(n / 1024).toFixed(1)} Ko`);

/** Files as the site serves them: name → JSON text. */
let files;
let described;
let buildMs = 0;
let wholeJson;
if (values.site) {
  const dir = join(values.site, 'recherche');
  if (!existsSync(join(dir, 'index.json'))) throw new Error(`Pas d'index de recherche dans ${dir} : construisez d'abord le site.`);
  files = new Map(readdirSync(dir).filter((n) => /^(index|[td]\d+)\.json$/.test(n)).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  described = `Index du site : ${dir}`;
} else {
  const random = createRandom(2024);
  const sentence = () => `${Array.from({ length: randomInt(random, 8, 18) }, () => vocabulary[randomInt(random, 0, vocabulary.length - 1)]).join(' ')}.`;
  const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');
  const documents = [];
  for (let l = 0; l < lessonCount; l++) {
    const href = `modules/m${l % 3}/lecon-${l}/`;
    documents.push({ id: `lecon-${l}`, kind: 'lecon', title: `Leçon ${l} : ${sentence()}`, parent: `Module ${l % 3}`, href, text: paragraph(6) });
    for (let s = 0; s < 6; s++) documents.push({ id: `lecon-${l}#s${s}`, kind: 'lecon', title: sentence(), parent: `Leçon ${l}`, href: `${href}#s${s}`, text: paragraph(20) });
    documents.push({ id: `quiz:lecon-${l}`, kind: 'quiz', title: `Quiz ${l}`, href: `${href}#quiz`, text: paragraph(16) });
  }
  for (let g = 0; g < 100; g++) documents.push({ id: `glossaire:t${g}`, kind: 'glossaire', title: `${vocabulary[g % vocabulary.length]} ${g}`, href: `glossaire/#t${g}`, text: paragraph(3), keywords: [`T${g}`] });
  const words = documents.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  const start = performance.now();
  const whole = buildSearchIndex(documents, { TM: 'ticket modérateur', CMU: 'couverture maladie universelle' });
  const split = splitSearchIndex(whole);
  buildMs = performance.now() - start;
  if (values.whole) wholeJson = JSON.stringify(whole);
  files = new Map([['index.json', JSON.stringify(split.manifest)], ...split.termShards.map((s, n) => [`t${n}.json`, JSON.stringify(s)]), ...split.documentShards.map((s, n) => [`d${n}.json`, JSON.stringify(s)])]);
  described = `Cours synthétique : ${lessonCount} leçons, ${documents.length} documents, ${words.toLocaleString('fr-FR')} mots`;
}

const gzOf = new Map([...files].map(([name, text]) => [name, gz(text)]));
const shardName = (kind, n) => `${kind === 'terms' ? 't' : 'd'}${n}.json`;
const manifestText = files.get('index.json');
const total = [...gzOf.values()].reduce((a, b) => a + b, 0);
const termFiles = [...files.keys()].filter((n) => n.startsWith('t')).length;
const docFiles = [...files.keys()].filter((n) => n.startsWith('d')).length;

function fresh() {
  const t = performance.now();
  const searcher = createShardedSearcher(JSON.parse(manifestText), async (kind, n) => JSON.parse(files.get(shardName(kind, n))));
  return { searcher, ms: performance.now() - t };
}
const fetched = (searcher) => {
  const { terms, documents } = searcher.loaded();
  return gzOf.get('index.json') + terms.reduce((n, i) => n + gzOf.get(`t${i}.json`), 0) + documents.reduce((n, i) => n + gzOf.get(`d${i}.json`), 0);
};

const queries = ['ticket modérateur', 'mutualite', "l'adhésion", 'cotisations', 'sinistr', 'réassurance fonds', 'TM', 'capacite contributive', 'hopital', 'gouvernance assemblée', 'sélektion', 'de la'];
const firstBox = [];
const firstPage = [];
const loads = [];
for (const q of queries) {
  const box = fresh();
  loads.push(box.ms);
  await box.searcher.search(q, { limit: 6 });
  firstBox.push(fetched(box.searcher));
  const page = fresh().searcher;
  await page.search(q, { limit: 20 });
  firstPage.push(fetched(page));
}

const { searcher } = fresh();
for (const q of queries) await searcher.search(q, { limit: 30 });
const times = [];
for (let i = 0; i < Number(values.queries); i++) {
  const q = queries[i % queries.length];
  const start = performance.now();
  await searcher.search(q, { limit: 30 });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const pct = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
const max = (list) => Math.max(...list);

console.log(described);
console.log(`Index découpé : ${mb(total)} gzip en tout (${termFiles} fichiers de termes, ${docFiles} de documents) ; manifeste ${mb(gzOf.get('index.json'))}${buildMs ? ` ; construit et découpé en ${(buildMs / 1000).toFixed(1)} s` : ''}`);
console.log(`Première requête, téléchargé (gzip) : boîte (6 résultats) médiane ${mb(pct(firstBox, 50))}, max ${mb(max(firstBox))} ; page (20 résultats) médiane ${mb(pct(firstPage, 50))}, max ${mb(max(firstPage))}`);
console.log(`Chargement du manifeste (JSON.parse + ensemble des termes) : médiane ${pct(loads, 50).toFixed(0)} ms`);
console.log(`Requête, fragments en mémoire (${times.length} requêtes, ${queries.length} formes) : médiane ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);

if (wholeJson) {
  const t = performance.now();
  const whole = createSearcher(JSON.parse(wholeJson));
  const loadMs = performance.now() - t;
  const wholeTimes = [];
  for (let i = 0; i < Number(values.queries); i++) {
    const start = performance.now();
    whole.search(queries[i % queries.length], 30);
    wholeTimes.push(performance.now() - start);
  }
  console.log(`Ancien index en un fichier : ${mb(gz(wholeJson))} gzip, chargement ${loadMs.toFixed(0)} ms, requête médiane ${pct(wholeTimes, 50).toFixed(1)} ms, p95 ${pct(wholeTimes, 95).toFixed(1)} ms`);
}
