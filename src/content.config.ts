import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';

// Wiring only: lessons are the one collection Astro renders (MDX). Modules, quizzes and the
// glossary are read and cross-checked by src/course/load-course.ts, shared with the tests.
const contentRoot = process.env.FM_CONTENT_ROOT ?? '.';

const lessons = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: `${contentRoot}/content/lessons`,
    // The id is the file name: lesson ids are unique across modules (checked by the content check).
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
