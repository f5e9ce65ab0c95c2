import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, SEED_PATH } from '../support/seed.js';

/** The body shared by the HTML page and its syndicated copy in the feed (about 120 words). */
export const STORY =
  'Ukrainian drones struck four Russian airfields on Sunday, destroying strategic bombers worth billions of dollars, ' +
  'according to the security service in Kyiv. The operation, prepared for more than a year, used trucks to carry the ' +
  'drones close to the bases before they were launched. Russia said its air defences repelled most of the attacks in ' +
  'the Murmansk and Irkutsk regions and that several aircraft caught fire. Delegations from both countries met in ' +
  'Istanbul on Monday for a second round of direct talks, which ended after about an hour with an agreement to ' +
  'exchange prisoners of war but no progress towards a ceasefire along the front line.';

/** A news page with navigation, scripts and metadata in meta tags and JSON-LD. */
export const PAGE = `<!doctype html><html><head><title>Drones hit airfields | The Wire</title>
<meta property="og:site_name" content="The Wire"><meta property="article:published_time" content="2025-06-02T08:00:00Z">
<meta name="author" content="Jane Roe"><link rel="canonical" href="https://wire.example/drones">
<script>window.track = 1;</script></head><body><nav><a href="/">Home</a></nav>
<article><h1>Drones hit four Russian airfields</h1><p>KYIV (The Wire) - ${STORY}</p></article>
<footer>Subscribe now</footer></body></html>`;

/** An RSS feed: the syndicated copy of the page (another dateline, a footer) and an independent item. */
export const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Daily Courier</title>
<item><title>Drones hit four Russian airfields</title><link>https://courier.example/world/drones</link>
<pubDate>Mon, 02 Jun 2025 11:00:00 GMT</pubDate><description><![CDATA[<p>LONDON, June 2 (Daily Courier) - ${STORY}</p><p>Reporting by the Courier staff; all rights reserved.</p>]]></description></item>
<item><title>Zelensky meets Erdogan in Ankara</title><link>https://courier.example/world/ankara</link>
<pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>Volodymyr Zelensky met Recep Tayyip Erdogan in Ankara on Tuesday to discuss the prisoner exchange agreed in Istanbul.</description></item>
</channel></rss>`;

/** Builds the mixed folder: the seed article with its metadata, an HTML page, a feed, a JSONL dump, a nested note and an excluded draft. */
export function writeMixedFolder(dir: string): void {
  mkdirSync(join(dir, 'notes'), { recursive: true });
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  copyFileSync(SEED_PATH, join(dir, 'seed.txt'));
  copyFileSync(SEED_PATH.replace(/\.txt$/, '.meta.json'), join(dir, 'seed.meta.json'));
  writeFileSync(join(dir, 'page.html'), PAGE);
  writeFileSync(join(dir, 'feed.xml'), FEED);
  const lines = readFileSync(`${CORPORA}kremlin/kremlin_ukraine_related.jsonl`, 'utf8').split('\n').slice(2, 6);
  writeFileSync(join(dir, 'dump.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'notes', 'brief.md'), 'Briefing note\n\nThe Kremlin said on Friday that talks with Ukraine would continue in Istanbul next week.\n');
  writeFileSync(join(dir, 'drafts', 'draft.txt'), 'Draft, not for ingest.\n');
}
