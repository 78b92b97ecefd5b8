import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/course/content-issue';
import { countWords, sectionTitles } from '../../src/course/lesson-text';
import { loadCourse } from '../../src/course/load-course';

// The real course: every file parses, every reference resolves, every lesson meets the floor
// the content issues set (length, summary, sources, glossary links, a quiz worth taking).
const root = process.cwd();
const { course, issues } = loadCourse(root);
const lessonsInOrder = course.modules.flatMap((m) => m.lessons.map((id) => course.lessons.get(id)).filter((l) => l !== undefined));

describe('the course content', () => {
  it('parses and all references resolve', () => {
    expect(issues, formatIssues(issues)).toEqual([]);
  });

  it('has the seminar modules, in order, with their durations', () => {
    const seminar = course.modules.filter((m) => m.days !== undefined);
    expect(seminar.map((m) => [m.label, m.days])).toEqual([
      ['Module 1', 3],
      ['Module 2', 2.5],
      ['Module 3', 5],
    ]);
  });

  it('has a glossary of at least 90 distinct terms, each used by a lesson', () => {
    expect(course.glossary.length).toBeGreaterThanOrEqual(90);
    const unused = course.glossary.filter((t) => !course.termUsage.has(t.id)).map((t) => t.id);
    expect(unused, `termes utilisés par aucune leçon : ${unused.join(', ')}`).toEqual([]);
  });
});

// Each seminar module ends with a module test and a group-work activity for trainers (issues 5, 6).
const seminarModules = course.modules.filter((m) => m.days !== undefined);
describe.each(seminarModules.map((m) => [m.id, m] as const))('module %s', (id, module) => {
  it('ends with a deferred module test of at least 15 questions drawn from several lessons', () => {
    const quiz = course.quizzes.get(id)?.quiz;
    expect(quiz, `quizzes/${id}.yaml manquant`).toBeDefined();
    expect(quiz?.scope).toBe('module');
    expect(quiz?.mode).toBe('deferred');
    expect(quiz?.questions.length).toBeGreaterThanOrEqual(15);
    expect(new Set(quiz?.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  });

  it('offers a group-work activity with a prompt, a deliverable and a restitution grid', () => {
    const work = module.groupWork;
    expect(work, `modules/*${id}.yaml : groupWork manquant`).toBeDefined();
    expect(work?.prompt.length).toBeGreaterThan(200);
    expect(work?.deliverable.length).toBeGreaterThan(20);
    expect(work?.grid.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(lessonsInOrder.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('is a substantive text (at least 1 200 words)', () => {
    expect(countWords(lesson.body)).toBeGreaterThanOrEqual(1200);
  });

  it('is organised in sections and ends with « À retenir »', () => {
    const sections = sectionTitles(lesson.body);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections).toContain('À retenir');
  });

  it('links its key terms to the glossary', () => {
    const linked = new Set(lesson.links.filter((l) => l.kind === 'glossaire').map((l) => l.target));
    expect(lesson.meta.keyTerms.length).toBeGreaterThan(0);
    expect(linked.size).toBeGreaterThanOrEqual(3);
  });

  it('has at least one worked example or case', () => {
    expect(lesson.body).toMatch(/<Encadre[^>]*type="(exemple|cas)"/);
  });

  it('has a quiz of at least 8 questions of at least 3 types', () => {
    const quiz = course.quizzes.get(lesson.id)?.quiz;
    expect(quiz, `quizzes/${lesson.id}.yaml manquant`).toBeDefined();
    expect(quiz?.scope).toBe('lesson');
    expect(quiz?.questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(quiz?.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
  });
});
