import type { APIRoute } from 'astro';
import { buildCatalogue } from '../../course/catalogue';
import { getCourse } from '../../lib/course';

// What the trainer's results page needs to score receipts again: the same quizzes and exercises
// as the lesson pages, fetched only on that page.
export const GET: APIRoute = () => new Response(JSON.stringify(buildCatalogue(getCourse())), { headers: { 'Content-Type': 'application/json' } });
