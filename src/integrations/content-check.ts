import type { AstroIntegration } from 'astro';
import { ContentError } from '../course/content-issue';
import { animationContext, loadAnimation } from '../course/load-animation';
import { loadCourse } from '../course/load-course';

/**
 * Fails `astro build` and `astro dev` before any page is rendered when the authored content is
 * invalid, listing every problem with its file and field (schemas and cross-references).
 */
export function contentCheck(root: string): AstroIntegration {
  return {
    name: 'formation-mutuelles:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { course, issues } = loadCourse(root);
        if (issues.length > 0) throw new ContentError(issues);
        // Facilitator notes refer to the course, so they are checked once it is valid.
        const animation = loadAnimation(root, animationContext(course));
        if (animation.issues.length > 0) throw new ContentError(animation.issues);
        logger.info(`${course.modules.length} modules, ${course.lessons.size} leçons, ${course.quizzes.size} quiz, ${course.glossary.length} termes`);
      },
    },
  };
}
