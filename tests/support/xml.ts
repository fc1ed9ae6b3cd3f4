/**
 * Parses XML with a real parser (fast-xml-parser, which @astrojs/rss itself uses), validating
 * well-formedness first: a feed that is not well-formed XML throws, naming the line.
 */
import { XMLParser } from 'fast-xml-parser';

// biome-ignore lint/suspicious/noExplicitAny: a parsed feed is walked by the tests field by field.
export function parseXml(text: string): any {
  // `true` runs the parser's validator before parsing; a malformed document throws. (Marked
  // deprecated in favour of a separate fast-xml-validator package; it still validates, and the
  // test that a broken feed is refused keeps it honest.)
  return new XMLParser({ ignoreAttributes: false }).parse(text, true);
}
