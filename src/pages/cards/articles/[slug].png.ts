/** An article's link-preview card: `/cards/articles/<slug>.png`. */
import type { APIRoute } from 'astro';
import { getEdition } from '../../../edition/edition.ts';
import { articleCard } from '../../../views/card.ts';
import { SITE_NAME } from '../../../site.ts';
import { pngResponse, renderCard } from '../_render.ts';

export function getStaticPaths() {
  return getEdition().articles.map((article) => ({ params: { slug: article.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
  const article = getEdition().articles.find((a) => a.slug === params.slug)!;
  return pngResponse(await renderCard(articleCard(article, SITE_NAME)));
};
