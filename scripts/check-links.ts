/**
 * `npm run test:links`: every link, image, script, stylesheet and #fragment of the built site
 * resolves. linkinator crawls dist/ (served as a static host would) from every page, follows
 * internal links recursively, checks that each #fragment names an element on its target page, and
 * reads url() references in CSS. External links are listed, never fetched: the check makes no
 * request beyond this machine.
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { htmlFiles, pathOfFile } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';

async function main(): Promise<void> {
  const server = await serveDist();
  const started = performance.now();
  const local = (link: string): boolean => {
    try {
      return new URL(link).origin === server.origin;
    } catch {
      return true; // relative links are resolved against the page, so they are local
    }
  };
  let results: LinkResult[];
  try {
    const checker = new LinkChecker();
    const outcome = await checker.check({
      path: htmlFiles().map((file) => server.url(pathOfFile(file))),
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      redirects: 'allow',
      linksToSkip: async (link) => !local(link),
    });
    results = outcome.links;
  } finally {
    await server.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const short = (url: string | undefined): string => (url ?? '?').replace(server.origin, '');
  const broken = results.filter((r) => r.state === LinkState.BROKEN);
  const checked = new Set(results.filter((r) => r.state === LinkState.OK).map((r) => r.url));
  const external = [...new Set(results.filter((r) => r.state === LinkState.SKIPPED).map((r) => r.url))].sort();
  const pages = new Set(results.map((r) => r.parent).filter((p) => p !== undefined));

  console.log(`Links: ${checked.size} internal URLs and fragments checked from ${pages.size} pages in ${seconds} s; ${broken.length} broken`);
  console.log(`External links (listed, not fetched): ${external.length}`);
  for (const url of external) console.log(`  ${url}`);
  for (const r of broken) {
    const why = r.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ');
    console.error(`  BROKEN ${short(r.url)} (status ${r.status ?? '?'}${why ? `: ${why}` : ''}) on ${short(r.parent)}`);
  }
  if (broken.length > 0) {
    console.error('Links: FAILED');
    process.exit(1);
  }
  console.log('Links: none broken');
}

await main();
