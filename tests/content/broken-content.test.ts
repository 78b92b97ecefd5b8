import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course';

// Each case copies the small valid course of tests/fixtures/mini-course, breaks one file the
// way an author might, and checks the checker names the file and the field.
const fixture = join(process.cwd(), 'tests/fixtures/mini-course');
const dirs: string[] = [];

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fm-content-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('content checker', () => {
  it('accepts the valid fixture', () => {
    expect(loadCourse(fixture).issues).toEqual([]);
  });

  it.each([
    ['a lesson without title', 'content/lessons/essai/premiere-lecon.mdx', (t: string) => t.replace(/^title: .*$/m, ''), 'content/lessons/essai/premiere-lecon.mdx', 'title', 'champ obligatoire manquant'],
    ['a module listing an unknown lesson', 'modules/01-essai.yaml', (t: string) => t.replace('seconde-lecon', 'lecon-fantome'), 'modules/01-essai.yaml', 'lessons[1]', 'leçon inconnue « lecon-fantome »'],
    ['a wrong type', 'modules/01-essai.yaml', (t: string) => t.replace('days: 1', 'days: trois'), 'modules/01-essai.yaml', 'days', 'attendu : un nombre, trouvé : un texte'],
    ['a glossary link to an unknown term', 'content/lessons/essai/seconde-lecon.mdx', (t: string) => t.replace('glossaire:ticket-moderateur', 'glossaire:ticket-moderatuer'), 'content/lessons/essai/seconde-lecon.mdx', 'corps, ligne 15', 'glossaire:ticket-moderatuer'],
    ['an unknown key term', 'content/lessons/essai/seconde-lecon.mdx', (t: string) => t.replace('keyTerms: [ticket-moderateur]', 'keyTerms: [ticket-moderateur, franchise]'), 'content/lessons/essai/seconde-lecon.mdx', 'keyTerms[1]', 'terme de glossaire inconnu « franchise »'],
    ['a link to an unknown lesson', 'content/lessons/essai/premiere-lecon.mdx', (t: string) => t.replace('lecon:seconde-lecon', 'lecon:troisieme'), 'content/lessons/essai/premiere-lecon.mdx', 'corps, ligne 15', 'lecon:troisieme'],
    ['a quiz question without explanation', 'quizzes/premiere-lecon.yaml', (t: string) => t.replace(/^ {4}explanation: C’est.*$/m, ''), 'quizzes/premiere-lecon.yaml', 'questions[1].explanation', 'champ obligatoire manquant'],
    ['an unknown question type', 'quizzes/premiere-lecon.yaml', (t: string) => t.replace('type: true-false', 'type: vrai-faux'), 'quizzes/premiere-lecon.yaml', 'questions[1].type', 'valeurs possibles'],
    ['a single-choice question with two right options', 'quizzes/essai.yaml', (t: string) => t.replace('- text: Pas celle-là', '- text: Pas celle-là\n        correct: true'), 'quizzes/essai.yaml', 'questions[0].options', 'exactement une option correcte'],
    ['an unknown field (typo)', 'content/glossary.yaml', (t: string) => t.replace('synonyms: [TM]', 'synonymes: [TM]'), 'content/glossary.yaml', 'terms[1]', 'champ inconnu : synonymes'],
    ['unreadable YAML', 'modules/01-essai.yaml', (t: string) => t.replace('objectives:', 'objectives: [unclosed'), 'modules/01-essai.yaml', 'ligne', 'YAML illisible'],
  ])('reports %s with its file and field', (_name, file, edit, expectedFile, expectedField, expectedMessage) => {
    const { issues } = loadCourse(brokenCopy(file, edit));
    const issue = issues.find((i) => i.file === expectedFile && i.field.startsWith(expectedField));
    expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(issue?.message).toContain(expectedMessage);
  });

  it('reports a quiz for an unknown lesson', () => {
    const dir = brokenCopy('quizzes/premiere-lecon.yaml', (t) => t);
    cpSync(join(dir, 'quizzes/premiere-lecon.yaml'), join(dir, 'quizzes/lecon-disparue.yaml'));
    const { issues } = loadCourse(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'quizzes/lecon-disparue.yaml', message: expect.stringContaining('leçon inconnue « lecon-disparue »') }));
  });
});
