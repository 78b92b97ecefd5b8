import { getEntry, render } from 'astro:content';
import { bodyToPlainText } from '../course/lesson-text';
import { buildSearchIndex, splitSearchIndex, type SearchDocument, type SplitSearch } from '../engine/search';
import { courseSequence, getCourse } from './course';
import { h5pActivities, h5pPlaces, h5pUses } from './h5p';
import { h5pLearnerText } from '../engine/h5p/text';
import { stringsFor, t, type UiKey } from '../i18n';

/**
 * Everything search can find, gathered at build time from the course: one document per lesson
 * section (linked to its heading), per glossary term, per quiz, per exercise, per tool and per
 * H5P activity. Links are relative to the base.
 */
export async function collectSearchDocuments(): Promise<{ documents: SearchDocument[]; synonyms: Record<string, string> }> {
  const course = getCourse();
  const documents: SearchDocument[] = [];
  const clean = (text: string) => bodyToPlainText(text).replace(/\s+/g, ' ').trim();

  for (const { module, lesson } of courseSequence()) {
    const href = `modules/${module.id}/${lesson.id}/`;
    const entry = await getEntry('lessons', lesson.id);
    // Section slugs exactly as rendered, matched to the source's `##` headings by order.
    const slugs = entry ? (await render(entry)).headings.filter((h) => h.depth === 2).map((h) => h.slug) : [];
    const parts = lesson.body.split(/^##\s+/m);
    documents.push({ id: lesson.id, kind: 'lecon', title: lesson.meta.title, parent: module.label, href, text: clean(`${lesson.meta.summary}\n${parts[0] ?? ''}`), keywords: lesson.meta.objectives });
    parts.slice(1).forEach((part, i) => {
      const [heading = '', ...rest] = part.split('\n');
      documents.push({ id: `${lesson.id}#${slugs[i] ?? i}`, kind: 'lecon', title: heading.trim(), parent: lesson.meta.title, href: `${href}#${slugs[i] ?? ''}`, text: clean(rest.join('\n')) });
    });
    const quiz = course.quizzes.get(lesson.id);
    if (quiz) {
      documents.push({
        id: `quiz:${lesson.id}`,
        kind: 'quiz',
        title: quiz.quiz.title ?? `Quiz : ${lesson.meta.title}`,
        parent: lesson.meta.title,
        href: `${href}#quiz`,
        text: quiz.quiz.questions.map((q) => `${q.prompt} ${q.explanation}`).join(' '),
      });
    }
  }

  for (const module of course.modules) {
    const test = course.quizzes.get(module.id);
    if (test?.quiz.scope === 'module') {
      documents.push({ id: `quiz:${module.id}`, kind: 'quiz', title: test.quiz.title ?? `Test : ${module.label}`, parent: module.title, href: `modules/${module.id}/test/`, text: test.quiz.questions.map((q) => q.prompt).join(' ') });
    }
  }

  // Exercises: their texts with placeholders dropped (values differ per learner).
  const unplaceholder = (text: string) => text.replace(/\{[^}]*\}/g, '…');
  for (const { id, exercise } of course.exercises.values()) {
    documents.push({
      id: `exercice:${id}`,
      kind: 'exercice',
      title: exercise.title,
      href: `exercices/${id}/`,
      text: unplaceholder([exercise.summary, exercise.scenario, ...exercise.steps.map((step) => step.prompt)].join(' ')),
    });
  }

  // Tools: what each computes, in the words of the dictionary.
  for (const [slug, prefix] of [['simulateur-cotisation', 'simulator'], ['tableau-de-bord', 'dashboard'], ['simulateur-mutualisation', 'pool']] as const) {
    const words = Object.entries(stringsFor(`${prefix}.`)).filter(([key]) => !key.endsWith('.title')).map(([, text]) => text.replace(/\{[^}]*\}/g, ''));
    documents.push({ id: `outil:${slug}`, kind: 'outil', title: t(`${prefix}.title` as UiKey), href: `outils/${slug}/`, text: words.join(' ') });
  }

  // H5P activities: the words their package shows the learner (content.json), found at the
  // activity in its lesson (or on the list of activities when no lesson places it).
  const uses = h5pUses();
  const places = h5pPlaces();
  for (const activity of h5pActivities().values()) {
    const lesson = uses.get(activity.id)?.[0];
    documents.push({
      id: `h5p:${activity.id}`,
      kind: 'activite',
      title: activity.title,
      ...(lesson ? { parent: lesson.title } : {}),
      href: places[activity.id]!.path,
      text: h5pLearnerText(activity.pkg.contentJson),
    });
  }

  const synonyms: Record<string, string> = {};
  for (const term of course.glossary) {
    documents.push({ id: `glossaire:${term.id}`, kind: 'glossaire', title: term.term, href: `glossaire/#${term.id}`, text: term.definition, keywords: term.synonyms });
    // Single-word abbreviations (TM, CMU, UTG) expand a query to the words they stand for.
    for (const synonym of term.synonyms) if (!/\s/.test(synonym.trim())) synonyms[synonym] = term.term.replace(/\s*\(.*\)$/, '');
  }
  return { documents, synonyms };
}

let split: Promise<SplitSearch> | undefined;

/** The course's search index, split into its manifest and shards (built once per build). */
export function searchFiles(): Promise<SplitSearch> {
  split ??= collectSearchDocuments().then(({ documents, synonyms }) => splitSearchIndex(buildSearchIndex(documents, synonyms)));
  return split;
}
