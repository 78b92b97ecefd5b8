/**
 * Which libraries of an H5P package need `'unsafe-eval'` in the page's Content-Security-Policy.
 * Two sources, both reported with the library so the build can say why:
 * - libraries known to compile code at run time (H5P.EmbeddedJS compiles its EJS templates with
 *   `new Function`; Question Set and the quizzes built on it depend on it);
 * - any other library whose JavaScript calls `eval(`, `new Function(` or `Function('…')`
 *   (a conservative scan: a match in a comment also counts, the build then names the file).
 */
export const KNOWN_EVAL_LIBRARIES: Record<string, string> = {
  'H5P.EmbeddedJS': 'modèles EJS compilés avec new Function',
};

const EVAL_CALLS: [RegExp, string][] = [
  [/(^|[^\w$.])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/(^|[^\w$.])Function\s*\(\s*['"`]/, 'Function(…)'],
];

/** Why each library needs `'unsafe-eval'` (`H5P.Foo-1.2/js/foo.js : eval(`), none when it does not. */
export function unsafeEvalUses(libraries: Map<string, Map<string, Uint8Array>>): string[] {
  const found: string[] = [];
  const decoder = new TextDecoder();
  for (const [folder, files] of [...libraries].sort(([a], [b]) => a.localeCompare(b))) {
    const machineName = folder.replace(/-\d+\.\d+$/, '');
    const known = KNOWN_EVAL_LIBRARIES[machineName];
    if (known) {
      found.push(`${folder} : ${known}`);
      continue;
    }
    for (const [path, data] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      if (!/\.m?js$/.test(path)) continue;
      const code = decoder.decode(data);
      const call = EVAL_CALLS.find(([pattern]) => pattern.test(code));
      if (call) found.push(`${folder}/${path} : ${call[1]}`);
    }
  }
  return found;
}
