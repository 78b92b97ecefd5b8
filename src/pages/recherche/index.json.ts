import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/island-data';
import { searchFiles } from '../../lib/search-documents';

// The search manifest (term list, shard boundaries), built at build time and fetched by the
// browser when a learner starts searching; the shards beside it come as queries need them.
export const GET: APIRoute = async () => jsonResponse((await searchFiles()).manifest);
