/** The edition's link-preview card, for the home page: `/cards/edition.png`. */
import type { APIRoute } from 'astro';
import { getEdition } from '../../edition/edition.ts';
import { editionCard } from '../../views/card.ts';
import { SITE_NAME } from '../../site.ts';
import { pngResponse, renderCard } from './_render.ts';

export const GET: APIRoute = async () => pngResponse(await renderCard(editionCard(getEdition().articles, SITE_NAME)));
