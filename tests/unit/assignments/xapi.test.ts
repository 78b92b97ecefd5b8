import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReceipt } from '../../../src/engine/assignments';
import { ACTOR_HOME_PAGE, activityIri, isoDuration, receiptRegistration, stableUuid, XAPI_ROOT, xapiStatements, type XapiStatement } from '../../../src/engine/assignments/xapi';
import { assignment, catalogue, HANDED_AT, OPENED_AT, traineeProgress } from './fixtures';

const schema = JSON.parse(readFileSync(new URL('./xapi-statement.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const right = buildReceipt(traineeProgress('Awa Sarr', true), assignment, { name: 'Awa Sarr', ref: 'A-1' }, OPENED_AT, HANDED_AT);
const wrong = buildReceipt(traineeProgress('Ibrahima Fall', false), assignment, { name: 'Ibrahima Fall', ref: 'I-2' }, OPENED_AT, HANDED_AT);
const { statements, empty } = xapiStatements(assignment, catalogue, [right, wrong]);

/** The xAPI rules a JSON schema cannot say (Data 2.4.5: min ≤ raw ≤ max; score and registration). */
function semanticErrors(s: XapiStatement): string[] {
  const errors: string[] = [];
  const sc = s.result?.score;
  if (sc && !(sc.min <= sc.raw && sc.raw <= sc.max)) errors.push('raw outside min..max');
  if (sc && Math.abs(sc.scaled * 100 - sc.raw) > 0.5) errors.push('scaled and raw disagree');
  if (s.object.id.startsWith('http://localhost') || !s.object.id.startsWith(XAPI_ROOT)) errors.push('IRI not under the fixed root');
  return errors;
}

describe('xAPI export', () => {
  it('every statement passes the xAPI 1.0.3 statement schema and the rules it cannot express', () => {
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      expect(validate(statement), JSON.stringify(validate.errors)).toBe(true);
      expect(semanticErrors(statement)).toEqual([]);
    }
  });

  it('the schema is strict: a bad statement fails', () => {
    const bad = structuredClone(statements[0]!) as unknown as Record<string, unknown>;
    (bad.context as Record<string, unknown>).registration = 'not-a-uuid';
    expect(validate(bad)).toBe(false);
    expect(validate({ ...statements[0]!, result: { score: { scaled: 2 } } })).toBe(false);
    expect(validate({ ...statements[0]!, actor: { objectType: 'Agent', name: 'x' } })).toBe(false);
  });

  it('answered per question with score, success and the raw response; completed and passed/failed per item', () => {
    const quiz = catalogue.quizzes['calcul-cotisation']!;
    const test = catalogue.tests['viabilite']!;
    const awa = statements.filter((s) => s.actor.account.name === 'ref:a 1');
    const verbs = (list: XapiStatement[]) => list.map((s) => s.verb.id.split('/').pop());
    // Lesson: completed; quiz, test, exercise: answered… + completed + passed.
    expect(verbs(awa).filter((v) => v === 'answered')).toHaveLength(quiz.questions.length + test.questions.length);
    expect(verbs(awa).filter((v) => v === 'completed')).toHaveLength(4);
    expect(verbs(awa).filter((v) => v === 'passed')).toHaveLength(3);
    expect(verbs(awa)).not.toContain('failed');
    const ibrahima = statements.filter((s) => s.actor.account.name === 'ref:i 2');
    const byObject = (list: XapiStatement[], verb: string, id: string) => list.find((s) => s.verb.id.endsWith(verb) && s.object.id === id)!;
    // Hand-worked: quiz 0 %, exercise 3 of 4 steps = 75 % (pass mark 70 %): failed, passed.
    expect(byObject(ibrahima, 'failed', activityIri('quiz', 'calcul-cotisation')).result).toMatchObject({ success: false, score: { scaled: 0, raw: 0, min: 0, max: 100 } });
    expect(byObject(ibrahima, 'passed', activityIri('exercise', 'marge-et-chargements')).result).toMatchObject({ success: true, score: { scaled: 0.75, raw: 75 }, duration: 'PT10M0S' });
    const single = quiz.questions.find((q) => q.type === 'single')!;
    const answered = byObject(ibrahima, 'answered', `${activityIri('quiz', 'calcul-cotisation')}/questions/${single.id}`);
    expect(answered.result).toMatchObject({ success: false, score: { scaled: 0 }, response: String(single.options.findIndex((o) => !o.correct)) });
    expect(answered.object.definition.interactionType).toBe('choice');
    expect(answered.context.contextActivities.parent![0]!.id).toBe(activityIri('quiz', 'calcul-cotisation'));
    expect(answered.context.contextActivities.grouping[0]!.id).toBe(activityIri('devoir', assignment.id));
  });

  it('actor account, one registration per hand-in, stable ids and timestamps from the receipt', () => {
    expect(statements[0]!.actor).toEqual({ objectType: 'Agent', name: 'Awa Sarr', account: { homePage: ACTOR_HOME_PAGE, name: 'ref:a 1' } });
    const registrations = new Set(statements.map((s) => s.context.registration));
    expect(registrations).toEqual(new Set([receiptRegistration(right), receiptRegistration(wrong)]));
    const later = { ...right, handedAt: '2026-12-09T10:00:00.000Z' };
    expect(receiptRegistration(later)).not.toBe(receiptRegistration(right));
    expect(xapiStatements(assignment, catalogue, [right, wrong]).statements).toEqual(statements);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(statements.every((s) => s.timestamp === HANDED_AT.toISOString())).toBe(true);
    expect(empty).toBe(0);
  });

  it('UUID v5 and ISO durations, hand-checked', () => {
    expect(stableUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(61_500)).toBe('PT1M1.5S');
    expect(isoDuration(3_600_000 + 2 * 60_000 + 3_004)).toBe('PT1H2M3S');
  });

  it('a receipt with nothing done gives no statement', () => {
    const blank = { ...right, items: right.items.map((item) => ({ kind: item.kind, id: item.id, claimed: null })) };
    expect(xapiStatements(assignment, catalogue, [blank])).toEqual({ statements: [], empty: 1 });
  });
});
