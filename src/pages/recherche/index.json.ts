import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../../engine/search';
import { collectSearchDocuments } from '../../lib/search-documents';

// The search index, built once at build time and loaded by the browser only when a learner searches.
export const GET: APIRoute = async () => {
  const { documents, synonyms } = await collectSearchDocuments();
  return new Response(JSON.stringify(buildSearchIndex(documents, synonyms)), { headers: { 'Content-Type': 'application/json' } });
};
