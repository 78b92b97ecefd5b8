/**
 * Names of everything the site keeps in the browser's storage, in one place. Several courses
 * can share one origin (a Kiwix box serves every ZIM from the same host and port), so each key
 * carries the course id: `formation-mutuelles:<course>:<name>`. Other features (trainer
 * classes, H5P state) take their keys from here too.
 */

/** This course's id in storage keys. Change it only with a migration from the old keys. */
export const COURSE_ID = 'mutuelles-sante';

/** Shared by every key of the platform, whatever the course (storage events filter on it). */
export const KEY_PREFIX = 'formation-mutuelles:';

/** The key of `name` for a course: storageKey('progress') → "formation-mutuelles:mutuelles-sante:progress". */
export function storageKey(name: string, courseId: string = COURSE_ID): string {
  return `${KEY_PREFIX}${courseId}:${name}`;
}

/** Keys used before storage was namespaced by course; read once when the new key is missing. */
export const LEGACY_KEYS = { progress: 'formation-mutuelles:progress' } as const;
