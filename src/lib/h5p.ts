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
