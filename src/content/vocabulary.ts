/**
 * What readers see for each value of the content model's vocabularies: labels, definitions and
 * the plural forms used in headings. The values themselves are declared in `schema.ts`.
 */
import type { ClaimType, EntityKind, Theme, Verdict } from './schema.ts';

export const TYPE_LABELS: Record<ClaimType, { label: string; plural: string; definition: string }> = {
  fact: { label: 'Fact', plural: 'Facts', definition: 'A statement about the world that can be checked.' },
  opinion: { label: 'Opinion', plural: 'Opinions', definition: 'A judgement; we say whether the evidence supports it.' },
  prediction: { label: 'Prediction', plural: 'Predictions', definition: 'A statement about what will happen.' },
  recommendation: { label: 'Recommendation', plural: 'Recommendations', definition: 'What the author says Russia should do.' },
};

export const VERDICT_LABELS: Record<Verdict, { label: string; definition: string }> = {
  accurate: { label: 'Accurate', definition: 'True when written and still true.' },
  'accurate-at-the-time': { label: 'Accurate at the time', definition: 'True in October 2014, since overtaken by events.' },
  'came-true': { label: 'Came true', definition: 'The prediction or recommendation happened.' },
  partly: { label: 'Partly', definition: 'Partly true, or partly happened.' },
  'did-not-happen': { label: 'Did not happen', definition: 'The prediction or recommendation did not come about.' },
  inaccurate: { label: 'Inaccurate', definition: 'Wrong when it was written.' },
  contested: { label: 'Contested', definition: 'The sources disagree.' },
  unresolved: { label: 'Unresolved', definition: 'Too open-ended, or too early, to judge.' },
  unverified: { label: 'Unverified', definition: 'No source could be found either way.' },
};

export const THEME_LABELS: Record<Theme, string> = {
  sanctions: 'Sanctions',
  trade: 'Trade',
  industry: 'Industry',
  computing: 'Computing',
  arms: 'Arms trade',
  drones: 'Drones',
  ships: 'Ships',
  'space-electronics': 'Space and electronics',
  media: 'Media and people',
};

export const KIND_LABELS: Record<EntityKind, { label: string; plural: string }> = {
  person: { label: 'Person', plural: 'People' },
  company: { label: 'Company', plural: 'Companies' },
  'state-corporation': { label: 'State corporation', plural: 'State corporations' },
  'government-agency': { label: 'Government agency', plural: 'Government agencies' },
  'think-tank': { label: 'Think tank', plural: 'Think tanks' },
  publication: { label: 'Publication', plural: 'Publications' },
  'weapon-system': { label: 'Weapon system', plural: 'Weapon systems' },
  'ship-class': { label: 'Ship class', plural: 'Ship classes' },
  computer: { label: 'Computer', plural: 'Computers' },
  infrastructure: { label: 'Infrastructure', plural: 'Infrastructure' },
  policy: { label: 'Policy', plural: 'Policies' },
  country: { label: 'Country', plural: 'Countries' },
  bloc: { label: 'Bloc', plural: 'Blocs' },
  event: { label: 'Event', plural: 'Events' },
};
