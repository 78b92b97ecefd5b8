import type { APIRoute } from 'astro';
import { COURSE_SURVEY, generateSurvey, surveyToCsv } from '../../engine/survey';

// The feasibility activity's data set (cas d'école, chiffres fictifs), generated from the same
// seed as the exercises' expected answers, as a file French spreadsheets open as it is.
export const GET: APIRoute = () =>
  new Response(surveyToCsv(generateSurvey(COURSE_SURVEY.seed, COURSE_SURVEY.households)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
