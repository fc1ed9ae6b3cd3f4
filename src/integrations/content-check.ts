/**
 * Checks the whole edition before Astro renders a single page, so that bad content stops the
 * build with the list of problems (file, field, fix) and leaves no half-written `dist/`.
 * In dev, problems are shown in the terminal and the content folder is watched for changes.
 */
import type { AstroIntegration } from 'astro';
import { checkedEdition } from '../edition/edition.ts';
import { contentDir } from '../content/load.ts';
import { ContentError } from '../content/errors.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'edition:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        try {
          checkedEdition();
        } catch (error) {
          if (error instanceof ContentError) {
            logger.error(error.message);
            // A short message: the list above is the one to read.
            throw new Error(`${error.problems.length} content problem(s); see the list above.`);
          }
          throw error;
        }
      },
      'astro:server:setup': ({ server }) => {
        // Pages read content/ at request time; reload the browser when it changes.
        const dir = contentDir();
        server.watcher.add(dir);
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(dir)) server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
