/**
 * axe finds nothing on any built page at 1440 px, light: half 1 of the pages (the other half is
 * in a11y-pages-0.test.ts, so that two workers share them). The other three combinations of
 * width and scheme are checked on one page of each template in a11y-templates.test.ts.
 */
import { describeHalf } from '../support/axe.ts';

describeHalf(1);
