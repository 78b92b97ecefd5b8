import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { animationSchema } from './schemas/animation';
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

// Facilitator notes: declared here too so Astro itself reports a broken file with its field;
// their cross-references are checked by src/course/load-animation.ts (content-check).
const animation = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/content/animation` }),
  schema: animationSchema,
});

export const collections = { lessons, animation };
