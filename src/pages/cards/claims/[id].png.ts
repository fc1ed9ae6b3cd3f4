/** A claim's link-preview card: `/cards/claims/<id>.png`. */
import type { APIRoute } from 'astro';
import { getEdition } from '../../../edition/edition.ts';
import { claimCard } from '../../../views/card.ts';
import { SITE_NAME } from '../../../site.ts';
import { pngResponse, renderCard } from '../_render.ts';

export function getStaticPaths() {
  return getEdition().articles.flatMap((article) => article.claims.map((c) => ({ params: { id: c.claim.id } })));
}

export const GET: APIRoute = async ({ params }) => {
  const article = getEdition().articles.find((a) => a.claims.some((c) => c.claim.id === params.id))!;
  const prepared = article.claims.find((c) => c.claim.id === params.id)!;
  return pngResponse(await renderCard(claimCard(prepared, article.claims.length, SITE_NAME)));
};
