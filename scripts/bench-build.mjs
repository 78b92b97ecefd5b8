#!/usr/bin/env node
// Build-time benchmark: `npm run bench:build [-- --lessons 1000]`.
// Builds a copy of the course grown to N lessons (each real lesson and its quiz copied under
// new ids, spread over the modules, as a ministry hosting several courses would have) with
// the site's own build (FM_CONTENT_ROOT, FM_OUT_DIR in a temporary folder), and prints the time
// and what was built. Without --lessons, times the real course.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { lessons: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const work = mkdtempSync(join(tmpdir(), 'fm-bench-build-'));
const content = join(work, 'course');
for (const dir of ['content', 'modules', 'quizzes']) cpSync(join(root, dir), join(content, dir), { recursive: true });

let lessons = 0;
const moduleFiles = readdirSync(join(content, 'modules')).filter((n) => n.endsWith('.yaml'));
const manifests = moduleFiles.map((name) => ({ name, data: parse(readFileSync(join(content, 'modules', name), 'utf8')) }));
for (const m of manifests) lessons += m.data.lessons.length;
const target = values.lessons ? Number(values.lessons) : lessons;
for (let copy = 1; lessons < target; copy++) {
  for (const m of manifests) {
    for (const id of [...m.data.lessons.filter((l) => !/-c\d+$/.test(l))]) {
      if (lessons >= target) break;
      const newId = `${id}-c${copy}`;
      cpSync(join(content, 'content/lessons', m.data.id, `${id}.mdx`), join(content, 'content/lessons', m.data.id, `${newId}.mdx`));
      cpSync(join(content, 'quizzes', `${id}.yaml`), join(content, 'quizzes', `${newId}.yaml`));
      m.data.lessons.push(newId);
      lessons++;
    }
  }
}
for (const m of manifests) writeFileSync(join(content, 'modules', m.name), stringify(m.data));

const out = join(work, 'dist');
const start = Date.now();
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, FM_CONTENT_ROOT: content, FM_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (Date.now() - start) / 1000;
let pages = 0;
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) pages++;
  }
})(out);
if (!values.keep) rmSync(work, { recursive: true, force: true });
if (build.status !== 0) {
  console.error('La construction a échoué.');
  process.exit(1);
}
console.log(`${lessons} leçons, ${pages} pages : construit en ${seconds.toFixed(1)} s${values.keep ? ` (dans ${out})` : ''}`);
