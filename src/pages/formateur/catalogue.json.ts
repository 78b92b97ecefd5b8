import type { APIRoute } from 'astro';
import { buildCatalogue } from '../../course/catalogue';
import { getCourse } from '../../lib/course';
import { h5pPlaces } from '../../lib/h5p';

// What the trainer's results page needs to score receipts again: the same quizzes and exercises
// as the lesson pages (and the H5P activities, whose scores are their packages'), fetched only on that page.
export const GET: APIRoute = () => new Response(JSON.stringify(buildCatalogue(getCourse(), h5pPlaces())), { headers: { 'Content-Type': 'application/json' } });
