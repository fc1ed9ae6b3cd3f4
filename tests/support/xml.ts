/**
 * Parses XML with a real parser (fast-xml-parser, which @astrojs/rss itself uses), validating
 * well-formedness first: a feed that is not well-formed XML throws, naming the line.
 */
import { XMLParser } from 'fast-xml-parser';

export function parseXml(text: string): any {
  // `true` runs the parser's validator before parsing; a malformed document throws.
  return new XMLParser({ ignoreAttributes: false }).parse(text, true);
}
