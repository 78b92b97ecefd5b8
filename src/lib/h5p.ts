import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { courseSequence } from './course';
import { loadH5pActivities, type H5pActivity } from '../course/load-h5p';

/**
 * The course's H5P activities for pages (read once per build; the build's h5p-assets
 * integration has already refused invalid packages with the file and the problem).
 */
let activities: Map<string, H5pActivity> | undefined;

export function h5pActivities(): Map<string, H5pActivity> {
  activities ??= new Map(loadH5pActivities(process.env.FM_CONTENT_ROOT ?? process.cwd()).activities.map((a) => [a.id, a]));
  return activities;
}

/** One activity, or an error naming the id an MDX lesson used (the build stops on it). */
export function h5pActivity(id: string): H5pActivity {
  const activity = h5pActivities().get(id);
  if (!activity) throw new Error(`<H5P id="${id}" />: no activity content/h5p/${id}.h5p nor content/h5p-src/${id}/ (known: ${[...h5pActivities().keys()].join(', ') || 'none'})`);
  return activity;
}

/**
 * Where a trainee plays each activity (its first lesson, at the activity; else the list of
 * activities), with its title and package version: the trainer's catalogue and the assignment page.
 */
export function h5pPlaces(): Record<string, { title: string; path: string; contentVersion: string }> {
  const uses = h5pUses();
  return Object.fromEntries(
    [...h5pActivities().values()].map((activity) => {
      const use = uses.get(activity.id)?.[0];
      const path = use ? `modules/${use.moduleId}/${use.lessonId}/#h5p-title-${activity.id}` : `activites/#${activity.id}`;
      return [activity.id, { title: activity.title, path, contentVersion: activity.contentVersion }];
    }),
  );
}

/** Where each activity is used: the lessons whose MDX has `<H5P id="…" />`, in course order. */
export function h5pUses(): Map<string, { moduleId: string; lessonId: string; title: string }[]> {
  const uses = new Map<string, { moduleId: string; lessonId: string; title: string }[]>();
  const root = process.env.FM_CONTENT_ROOT ?? process.cwd();
  const files = readdirSync(join(root, 'content/lessons'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  const byLesson = new Map(files.map((f) => [basename(f, '.mdx'), readFileSync(join(root, 'content/lessons', f), 'utf8')]));
  for (const { module, lesson } of courseSequence()) {
    for (const match of (byLesson.get(lesson.id) ?? '').matchAll(/<H5P\s+id="([a-z0-9-]+)"/g)) {
      const list = uses.get(match[1]!) ?? [];
      list.push({ moduleId: module.id, lessonId: lesson.id, title: lesson.meta.title });
      uses.set(match[1]!, list);
    }
  }
  return uses;
}
