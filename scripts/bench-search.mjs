#!/usr/bin/env node
// Search benchmark: `npm run bench:search [-- --lessons 1000]`, or on the real course's built
// index: `npm run bench:search -- --index dist/recherche/index.json`.
// Generates a synthetic course (lessons of ~1 800 words in 6 sections, a 100-term glossary,
// quizzes) from a French vocabulary, builds the index as the site build does, and reports
// index size (raw and gzip), load time and query time (median, p95) in node.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { importTs } from './run-ts.mjs';

const { values } = parseArgs({ options: { index: { type: 'string' }, lessons: { type: 'string', default: '1000' }, queries: { type: 'string', default: '400' } } });
const lessonCount = Number(values.lessons);
const { buildSearchIndex, createSearcher } = await importTs('src/engine/search/index.ts');
const { createRandom, randomInt } = await importTs('src/engine/random.ts');

const vocabulary = `mutuelle santé cotisation adhérent bénéficiaire prestation ticket modérateur tiers payant période
observation sélection adverse aléa moral prime pure chargement marge sécurité sinistralité recouvrement fidélisation
pénétration liquidité réserves réassurance fonds garantie union réseau fédération gouvernance assemblée générale conseil
administration comité contrôle gestionnaire médecin conseil prestataire convention forfait capitation hôpital centre
santé consultation accouchement hospitalisation médicaments ménage revenu capacité contributive volonté payer subvention
État financement offre demande gratuité solidarité mutualisation risque maladie couverture universelle économie informelle
artisan agriculteur récolte calendrier collecte reçu registre carte rapport indicateur tableau bord budget trésorerie
compte banque audit formation sensibilisation confiance qualité soins accès distance transport famille enfant femme`.split(/\s+/);
const random = createRandom(2024);
const sentence = () => {
  const words = Array.from({ length: randomInt(random, 8, 18) }, () => vocabulary[randomInt(random, 0, vocabulary.length - 1)]);
  return `${words.join(' ')}.`;
};
const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');

const documents = [];
let json;
let buildMs = 0;
if (!values.index) {
for (let l = 0; l < lessonCount; l++) {
  const href = `modules/m${l % 3}/lecon-${l}/`;
  documents.push({ id: `lecon-${l}`, kind: 'lecon', title: `Leçon ${l} : ${sentence()}`, parent: `Module ${l % 3}`, href, text: paragraph(6) });
  for (let s = 0; s < 6; s++) documents.push({ id: `lecon-${l}#s${s}`, kind: 'lecon', title: sentence(), parent: `Leçon ${l}`, href: `${href}#s${s}`, text: paragraph(20) });
  documents.push({ id: `quiz:lecon-${l}`, kind: 'quiz', title: `Quiz ${l}`, href: `${href}#quiz`, text: paragraph(16) });
}
for (let g = 0; g < 100; g++) documents.push({ id: `glossaire:t${g}`, kind: 'glossaire', title: `${vocabulary[g % vocabulary.length]} ${g}`, href: `glossaire/#t${g}`, text: paragraph(3), keywords: [`T${g}`] });
}
const words = documents.reduce((n, d) => n + d.text.split(/\s+/).length, 0);

let t = performance.now();
if (values.index) json = readFileSync(values.index, 'utf8');
else {
  const serialized = buildSearchIndex(documents, { TM: 'ticket modérateur', CMU: 'couverture maladie universelle' });
  buildMs = performance.now() - t;
  json = JSON.stringify(serialized);
}
const gzip = gzipSync(json, { level: 9 }).length;

t = performance.now();
const searcher = createSearcher(JSON.parse(json));
const loadMs = performance.now() - t;

const queries = ['ticket modérateur', 'mutualite', "l'adhésion", 'cotisations', 'sinistr', 'réassurance fonds', 'TM', 'capacite contributive', 'hopital', 'gouvernance assemblée', 'sélektion', 'de la'];
const times = [];
for (let i = 0; i < Number(values.queries); i++) {
  const q = queries[i % queries.length];
  const start = performance.now();
  searcher.search(q, 30);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} Mo`;
if (values.index) console.log(`Index du site : ${values.index}`);
else console.log(`Cours synthétique : ${lessonCount} leçons, ${documents.length} documents, ${words.toLocaleString('fr-FR')} mots`);
console.log(`Index : ${mb(Buffer.byteLength(json))} brut, ${mb(gzip)} gzip${values.index ? '' : ` ; construit en ${(buildMs / 1000).toFixed(1)} s`}`);
console.log(`Chargement (JSON.parse + lunr.Index.load) : ${loadMs.toFixed(0)} ms`);
console.log(`Requête (${times.length} requêtes, ${queries.length} formes) : médiane ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms`);
