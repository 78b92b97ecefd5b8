/**
 * The trainer's re-scored results as xAPI 1.0.3 statements, for a learning record store (LRS).
 * Pure: from the assignment, the catalogue and the imported receipts, never from the page.
 *
 * Choices (documented in docs/assignment-formats.md, « Export xAPI »):
 * - IRIs live under the fixed root `XAPI_ROOT` (the reserved `.example` domain), never under the
 *   host that serves the site: the same lesson gets the same IRI on every LAN and in every LRS;
 * - the trainee is an `account` actor: homePage `${XAPI_ROOT}stagiaires`, name = trainee key
 *   (identifier when the trainer asked for one, else the normalised name);
 * - one hand-in (receipt) is one attempt: its `registration` is a UUID v5 of the receipt's
 *   checksum, and every statement id is a UUID v5 of its content's key, so exporting twice and
 *   posting twice stores each statement once (the LRS accepts an identical statement again);
 * - `answered` per question comes from the first attempt (as « questions difficiles »), the
 *   item's `completed` and `passed`/`failed` carry the best score, as the report shows;
 * - an H5P item carries its package's declared result: raw score out of the package's max, and
 *   the package's own success when it gave one (else the assignment's pass mark decides).
 */
import { sha1 } from '@noble/hashes/legacy.js';
import type { Question } from '../../schemas/quiz';
import type { Assignment, AssignmentItem } from './assignment';
import type { Catalogue } from './catalogue';
import { checksum } from './codec';
import type { QuestionOutcome } from './items';
import type { Receipt } from './receipt';
import { buildReport, type ReportRow } from './report';
import { traineeKey } from './seeds';

export const XAPI_VERSION = '1.0.3';
export const XAPI_ROOT = 'https://formation-mutuelles.example/xapi/';

const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;
type VerbName = keyof typeof VERBS;

const ACTIVITY_TYPES = {
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  test: 'http://adlnet.gov/expapi/activities/assessment',
  exercise: 'http://adlnet.gov/expapi/activities/assessment',
  h5p: 'http://adlnet.gov/expapi/activities/assessment',
  assignment: 'http://adlnet.gov/expapi/activities/course',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

type LanguageMap = Record<string, string>;

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: {
    name: LanguageMap;
    type: string;
    interactionType?: 'choice' | 'true-false' | 'other';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
  };
}

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
  };
  context: {
    registration: string;
    contextActivities: { parent?: XapiActivity[]; grouping: XapiActivity[] };
    language: 'fr';
  };
  timestamp: string;
  version: typeof XAPI_VERSION;
}

/** Namespace of every UUID made here (itself a v5 UUID of XAPI_ROOT in the URL namespace). */
const NAMESPACE = uuidV5Bytes(hexBytes('6ba7b8119dad11d180b400c04fd430c8'), XAPI_ROOT);

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function uuidV5Bytes(namespace: Uint8Array, name: string): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(namespace.length + nameBytes.length);
  input.set(namespace);
  input.set(nameBytes, namespace.length);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return bytes;
}

/** RFC 4122 UUID version 5 (SHA-1) of `name` in this platform's namespace. */
export function stableUuid(name: string): string {
  const hex = [...uuidV5Bytes(NAMESPACE, name)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The registration of one hand-in: the same receipt always gives the same UUID. */
export const receiptRegistration = (receipt: Receipt) => stableUuid(`registration:${checksum(JSON.stringify(receipt))}`);

const iriPart = (text: string) => encodeURIComponent(text);
export const activityIri = (kind: string, id: string) => `${XAPI_ROOT}activites/${iriPart(kind)}/${iriPart(id)}`;
export const questionIri = (item: AssignmentItem, questionId: string) => `${activityIri(item.kind, item.id)}/questions/${iriPart(questionId)}`;
export const ACTOR_HOME_PAGE = `${XAPI_ROOT}stagiaires`;

/** ISO 8601 duration, as xAPI wants it (seconds, two decimals at most). */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

function questionActivity(item: AssignmentItem, question: Question): XapiActivity {
  const definition: XapiActivity['definition'] = { name: { fr: question.prompt.slice(0, 500) }, type: ACTIVITY_TYPES.question };
  if (question.type === 'single' || question.type === 'multiple') {
    definition.interactionType = 'choice';
    definition.choices = question.options.map((option, index) => ({ id: String(index), description: { fr: option.text } }));
    definition.correctResponsesPattern = [question.options.flatMap((option, index) => (option.correct ? [String(index)] : [])).join('[,]')];
  } else if (question.type === 'true-false') {
    definition.interactionType = 'true-false';
    definition.correctResponsesPattern = [String(question.answer)];
  } else {
    definition.interactionType = 'other';
  }
  return { objectType: 'Activity', id: questionIri(item, question.id), definition };
}

/** The raw response as the interaction type writes it (choices: indices joined by « [,] »). */
function responseText(question: Question, response: unknown): string {
  if (question.type === 'single' && typeof response === 'number') return String(response);
  if (question.type === 'multiple' && Array.isArray(response)) return response.map(String).join('[,]');
  if (question.type === 'true-false' && typeof response === 'boolean') return String(response);
  if (typeof response === 'string') return response;
  return JSON.stringify(response ?? null);
}

const score = (scaled: number) => ({ scaled: Math.round(scaled * 10000) / 10000, raw: Math.round(scaled * 100), min: 0, max: 100 });

export interface XapiExport {
  statements: XapiStatement[];
  /** Receipts that gave no statement (nothing done yet). */
  empty: number;
}

/** The statements of every imported receipt of one assignment, re-scored. */
export function xapiStatements(assignment: Assignment, catalogue: Catalogue, receipts: readonly Receipt[]): XapiExport {
  const statements: XapiStatement[] = [];
  let empty = 0;
  const assignmentActivity: XapiActivity = {
    objectType: 'Activity',
    id: activityIri('devoir', assignment.id),
    definition: { name: { fr: assignment.title }, type: ACTIVITY_TYPES.assignment },
  };
  for (const receipt of receipts) {
    const report = buildReport(assignment, catalogue, [receipt]);
    const row: ReportRow = report.rows[0]!;
    const registration = receiptRegistration(receipt);
    const actor = { objectType: 'Agent' as const, name: receipt.trainee.name, account: { homePage: ACTOR_HOME_PAGE, name: traineeKey(receipt.trainee) } };
    const before = statements.length;
    const push = (verb: VerbName, object: XapiActivity, timestamp: string, result: XapiStatement['result'], parent?: XapiActivity) => {
      statements.push({
        id: stableUuid(`statement:${registration}:${verb}:${object.id}`),
        actor,
        verb: { id: VERBS[verb], display: { 'fr-FR': verb, 'en-US': verb } },
        object,
        ...(result ? { result } : {}),
        context: { registration, contextActivities: { ...(parent ? { parent: [parent] } : {}), grouping: [assignmentActivity] }, language: 'fr' },
        timestamp,
        version: XAPI_VERSION,
      });
    };
    assignment.items.forEach((item, i) => {
      const cell = row.cells[i]!;
      if (cell.status !== 'done') return;
      const work = receipt.items.find((w) => w.kind === item.kind && w.id === item.id);
      const timestamp = work?.completedAt ?? cell.declared?.at ?? receipt.handedAt;
      const itemActivity: XapiActivity = {
        objectType: 'Activity',
        id: activityIri(item.kind, item.id),
        definition: { name: { fr: report.items[i]!.title }, type: ACTIVITY_TYPES[item.kind] },
      };
      const quiz = item.kind === 'quiz' ? catalogue.quizzes[item.id] : item.kind === 'test' ? catalogue.tests[item.id] : undefined;
      for (const outcome of cell.questions ?? []) {
        const question = quiz?.questions.find((q) => q.id === outcome.questionId);
        if (!question) continue;
        push('answered', questionActivity(item, question), timestamp, answeredResult(question, outcome), itemActivity);
      }
      const duration = cell.timeMs === null ? {} : { duration: isoDuration(cell.timeMs) };
      if (cell.score === null) {
        push('completed', itemActivity, timestamp, { completion: true, ...duration });
        return;
      }
      // An H5P activity keeps its package's own result: its raw score and, when it judged, its success.
      const declared = cell.declared;
      const itemScore = declared ? { scaled: Math.round(declared.scaled * 10000) / 10000, raw: declared.score, min: 0, max: declared.max } : score(cell.score);
      const success = declared?.success ?? cell.score >= assignment.passMark - 1e-9;
      push('completed', itemActivity, timestamp, { score: itemScore, completion: true, ...duration });
      push(success ? 'passed' : 'failed', itemActivity, timestamp, { score: itemScore, success, completion: true, ...duration });
    });
    if (statements.length === before) empty++;
  }
  return { statements, empty };
}

function answeredResult(question: Question, outcome: QuestionOutcome): XapiStatement['result'] {
  const response = responseText(question, outcome.response);
  if (outcome.result.kind !== 'scored') return { response, success: false, score: score(0) };
  return { response, success: outcome.result.correct, score: score(outcome.result.score) };
}

/** The file the trainer downloads: one JSON array, ready for POST /xapi/statements. */
export const xapiFileText = (statements: readonly XapiStatement[]) => `${JSON.stringify(statements, null, 2)}\n`;

