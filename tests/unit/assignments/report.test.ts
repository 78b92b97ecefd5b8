import { describe, expect, it } from 'vitest';
import { buildReceipt, buildReport, isLate, moodleRows, reportRows, toMoodleCsv, type CsvLabels } from '../../../src/engine/assignments';
import { assignment, catalogue, HANDED_AT, OPENED_AT, traineeProgress } from './fixtures';

const right = buildReceipt(traineeProgress('Awa Sarr', true), assignment, { name: 'Awa Sarr', ref: 'A-1' }, OPENED_AT, HANDED_AT);
const wrong = buildReceipt(traineeProgress('Ibrahima Fall', false), assignment, { name: 'Ibrahima Fall', ref: 'I-2' }, OPENED_AT, HANDED_AT);
const report = buildReport(assignment, catalogue, [wrong, right], ['Awa Sarr', 'ibrahima  fall', 'Fatou Ba']);

describe('class report', () => {
  it('re-scores from raw answers: right is 100 %, wrong is 0 % on quizzes whatever it claims', () => {
    const [awa, ibrahima] = report.rows;
    expect(awa!.name).toBe('Awa Sarr');
    expect(awa!.cells.map((c) => c.score)).toEqual([null, 1, 1, 1]);
    expect(awa!.overall).toBe(1);
    expect(awa!.passed).toBe(true);
    // The wrong trainee's exercise claimed 1; three of its four steps are right.
    expect(ibrahima!.cells[1]!.score).toBe(0);
    expect(ibrahima!.cells[2]!.score).toBe(0);
    expect(ibrahima!.cells[3]!.score).toBe(0.75);
    expect(ibrahima!.overall).toBeCloseTo(0.25, 10);
    expect(ibrahima!.passed).toBe(false);
  });

  it('per-trainee values: each receipt is scored on its own trainee values', () => {
    // Swapping names makes the values differ, so right answers no longer match.
    const swapped = { ...right, trainee: { name: 'Ibrahima Fall', ref: 'A-1' } };
    const row = buildReport(assignment, catalogue, [swapped]).rows[0]!;
    expect(row.cells[3]).toMatchObject({ status: 'not-started', score: null, ignored: 1 });
  });

  it('records attempts, time spent and lateness', () => {
    expect(report.rows[0]!.cells[1]).toMatchObject({ attempts: 1, timeMs: 10 * 60_000 });
    expect(report.rows[0]!.late).toBe(false);
    expect(isLate('2026-12-12T10:00:00.000Z', '2026-12-11')).toBe(true);
    expect(isLate('2026-12-11T10:00:00.000Z', '2026-12-11')).toBe(false);
  });

  it('counts the class typical mistakes per exercise step', () => {
    const step = report.mistakes.find((m) => m.stepId === 'cotisation-brute')!;
    expect(step).toMatchObject({ answered: 2, correct: 1, misconceptions: [{ id: 'loading-multiplied', count: 1 }], otherWrong: 0 });
    expect(report.mistakes.find((m) => m.stepId === 'prime-pure')).toMatchObject({ answered: 2, correct: 2, misconceptions: [] });
    expect(step.prompt).not.toMatch(/\{/);
  });

  it('lists difficult questions with the distribution of chosen options', () => {
    expect(report.difficult.length).toBeGreaterThan(0);
    const single = report.difficult.find((d) => d.options.some((o) => o.label.length > 5))!;
    expect(single.success).toBe(0.5);
    expect(single.options.reduce((sum, o) => sum + o.count, 0)).toBe(2);
    expect(single.options.find((o) => o.correct)!.count).toBe(1);
  });

  it('item completion and means; roster names without a receipt', () => {
    expect(report.items.map((i) => [i.done, i.mean])).toEqual([[2, null], [2, 0.5], [2, 0.5], [2, 0.875]]);
    expect(report.missing).toEqual(['Fatou Ba']);
  });

  it('exports rows for a French spreadsheet and for Moodle', () => {
    const labels: CsvLabels = { name: 'Nom', ref: 'Identifiant', handedAt: 'Rendu le', late: 'En retard', overall: 'Total (%)', passed: 'Réussi', yes: 'oui', no: 'non', read: 'lue', notRead: 'non lue', score: '(score %)', attempts: '(tentatives)', minutes: '(minutes)' };
    const rows = reportRows(report, labels, (iso) => iso.slice(0, 10));
    expect(rows[0]).toHaveLength(4 + 1 + 3 * 3 + 2);
    expect(rows[2]).toEqual(['Ibrahima Fall', 'I-2', '2026-12-08', 'non', 'lue', 0, 1, 10, 0, 1, 10, 75, 1, 10, 25, 'non']);
    const moodle = toMoodleCsv(moodleRows(report, labels));
    expect(moodle.split('\n')[2]).toBe('I-2,Ibrahima Fall,0,0,75,25');
    expect(toMoodleCsv([['=HYPERLINK("x")', 'Awa', 50]])).toBe(`"'=HYPERLINK(""x"")",Awa,50\n`);
  });
});
