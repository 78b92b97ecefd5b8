import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/course/content-issue';
import { animationContext, loadAnimation } from '../../src/course/load-animation';
import { loadCourse } from '../../src/course/load-course';

// The real facilitator notes: one per module with group work, every reference resolves, the
// sequences add up to the module's group-work time, and the engine solved every handout.
const root = process.cwd();
const { course, issues: courseIssues } = loadCourse(root);
const { animations, issues } = loadAnimation(root, animationContext(course));

describe('the facilitator notes', () => {
  it('load without issues', () => {
    expect(courseIssues, formatIssues(courseIssues)).toEqual([]);
    expect(issues, formatIssues(issues)).toEqual([]);
  });

  it('exist for every module with group work, and only for those', () => {
    const withGroupWork = course.modules.filter((m) => m.groupWork).map((m) => m.id);
    expect(withGroupWork.length).toBeGreaterThanOrEqual(3);
    expect(animations.map((a) => a.module.id)).toEqual(withGroupWork);
  });

  it('time the group work exactly, in sequences of whole minutes', () => {
    for (const a of animations) {
      expect(a.notes.sequences.reduce((s, q) => s + q.minutes, 0), a.file).toBe(a.module.groupWork!.minutes);
    }
  });

  it('send trainees to lessons, exercises and tools that exist', () => {
    for (const a of animations) {
      for (const h of a.handouts) {
        if (h.lesson) expect(course.lessons.has(h.lesson), `${a.file}: ${h.lesson}`).toBe(true);
        if (h.exercise) expect(course.exercises.has(h.exercise), `${a.file}: ${h.exercise}`).toBe(true);
        if (h.tool) expect(existsSync(join(root, 'src', 'pages', 'outils', `${h.tool}.astro`)), `${a.file}: ${h.tool}`).toBe(true);
      }
    }
  });

  it('hand out data with an engine solution for every step, and at least one data sheet per module', () => {
    for (const a of animations) {
      const sheets = a.handouts.filter((h) => h.exercise);
      expect(sheets.length, a.file).toBeGreaterThanOrEqual(1);
      for (const h of sheets) {
        const steps = course.exercises.get(h.exercise!)!.exercise.steps;
        expect(h.results?.map((r) => r.stepId)).toEqual(steps.map((s) => s.id));
        for (const r of h.results!) expect(Number.isFinite(r.expected), `${a.file}: ${r.stepId}`).toBe(true);
      }
    }
  });

  it('give role cards and pitfalls whose wrong value differs from the right one', () => {
    for (const a of animations) {
      expect(a.notes.roles.length).toBeGreaterThanOrEqual(5);
      expect(a.pitfalls.length).toBe(a.notes.pitfalls.length);
      for (const p of a.pitfalls) expect(p.wrong, `${a.file}: ${p.stepPrompt}`).not.toBeCloseTo(p.expected, 6);
    }
  });

  it('give the governance case the five roles the brief names', () => {
    const titles = animations.find((a) => a.module.id === 'gestion-gouvernance')!.notes.roles.map((r) => r.title);
    for (const role of ['Président du conseil d’administration', 'Trésorier', 'Gérant (salarié)', 'Représentant des prestataires', 'Membre de base']) {
      expect(titles).toContain(role);
    }
  });

  it('never link the household survey file another piece of work is building', () => {
    for (const a of animations) expect(JSON.stringify(a.notes)).not.toMatch(/enquete-menages/);
  });
});

describe('a broken notes file', () => {
  function issuesOf(edit: (yaml: string) => string) {
    const dir = mkdtempSync(join(tmpdir(), 'fm-animation-'));
    try {
      cpSync(join(root, 'content', 'animation'), join(dir, 'content', 'animation'), { recursive: true });
      const file = join(dir, 'content', 'animation', 'gestion-gouvernance.yaml');
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
      return loadAnimation(dir, animationContext(course)).issues;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('is reported with its file and field: wrong total time, unknown lesson, value out of range, unknown mistake', () => {
    const file = 'content/animation/gestion-gouvernance.yaml';
    expect(issuesOf((y) => y.replace('minutes: 45', 'minutes: 50'))).toEqual([expect.objectContaining({ file, field: 'sequences' })]);
    expect(issuesOf((y) => y.replace('lesson: cas-modeles-gestion', 'lesson: cas-inconnu'))).toEqual([expect.objectContaining({ file, field: 'handouts[3].lesson' })]);
    expect(issuesOf((y) => y.replace('contributionsEarned: 10000000', 'contributionsEarned: 10000001'))[0]).toMatchObject({ file, field: 'handouts[0].values' });
    expect(issuesOf((y) => y.replace('misconception: result-without-costs', 'misconception: inconnue'))).toEqual([expect.objectContaining({ file, field: 'pitfalls[1].misconception' })]);
    expect(issuesOf((y) => y.replace(/\n {4}mustAsk: "Qui, dans[^\n]*/, ''))[0]).toMatchObject({ file, field: 'roles[0].mustAsk' });
  });
});
