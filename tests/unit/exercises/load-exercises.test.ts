import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExercises } from '../../../src/course/load-exercises';

// A throw-away content root with one good file and one file per kind of problem.
const root = mkdtempSync(join(tmpdir(), 'exercises-'));
const dir = join(root, 'content', 'exercises');
mkdirSync(dir, { recursive: true });

const good = `title: "Part de l’adhérent"
summary: "Partager une cotisation subventionnée entre adhérent et État."
kind: subsidy
lessons: [contexte-regional, lecon-inconnue]
scenario: "Cotisation de {contribution} FCFA subventionnée à {subsidyRate} %."
parameters:
  contribution: { label: "Cotisation", unit: FCFA, fixed: 7000 }
  subsidyRate: { label: "Subvention", unit: "%", fixed: 50 }
steps:
  - { id: adherent, prompt: "Part de l’adhérent ?", quantity: memberShare, unit: FCFA, hints: ["La moitié."], solution: "{memberShare} FCFA" }
  - { id: etat, prompt: "Part de l’État ?", quantity: stateShare, unit: FCFA, hints: ["L’autre moitié."], solution: "{stateShare} FCFA" }
`;
writeFileSync(join(dir, 'part-adherent.yaml'), good);
writeFileSync(join(dir, 'yaml-casse.yaml'), 'title: "ouvert\nkind: [');
writeFileSync(join(dir, 'quantite-inconnue.yaml'), good.replace('quantity: stateShare', 'quantity: statePart'));
writeFileSync(join(dir, 'Mauvais_Nom.yaml'), good);
// 50 % subsidy: the wrong-party mistake gives the right answer, so no fair draw exists.
writeFileSync(
  join(dir, 'erreur-invisible.yaml'),
  good.replace('solution: "{memberShare} FCFA" }', 'solution: "{memberShare} FCFA", misconceptions: [{ id: subsidy-wrong-party, feedback: "Parts inversées entre adhérent et État." }] }'),
);
writeFileSync(join(dir, 'notes.txt'), 'pas un exercice');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadExercises', () => {
  const { exercises, issues } = loadExercises(root, { lessonIds: new Set(['contexte-regional']) });
  const issueOf = (file: string) => issues.filter((issue) => issue.file === `content/exercises/${file}`);

  it('loads valid files by id, with their path', () => {
    expect([...exercises.keys()]).toEqual(['part-adherent']);
    expect(exercises.get('part-adherent')?.file).toBe('content/exercises/part-adherent.yaml');
    expect(exercises.get('part-adherent')?.exercise.kind).toBe('subsidy');
  });

  it('reports each problem with its file and field, in French', () => {
    expect(issueOf('part-adherent.yaml')).toEqual([{ file: 'content/exercises/part-adherent.yaml', field: 'lessons[1]', message: 'leçon inconnue « lecon-inconnue »' }]);
    expect(issueOf('yaml-casse.yaml')[0]?.message).toMatch(/^YAML illisible/);
    expect(issueOf('quantite-inconnue.yaml')[0]).toMatchObject({ field: 'steps[1].quantity', message: expect.stringMatching(/^grandeur inconnue/) });
    expect(issueOf('Mauvais_Nom.yaml')[0]).toMatchObject({ field: '(nom du fichier)' });
    expect(issueOf('erreur-invisible.yaml').find((issue) => issue.field === 'parameters')).toMatchObject({ field: 'parameters', message: expect.stringMatching(/^aucun jeu de valeurs valable/) });
    expect(issues.some((issue) => issue.file.endsWith('notes.txt'))).toBe(false);
  });

  it('returns nothing for a root without exercises', () => {
    expect(loadExercises(join(root, 'vide'))).toEqual({ exercises: new Map(), issues: [] });
  });
});
