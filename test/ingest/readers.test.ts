import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeDeclared } from '../../src/ingest/decode-declared.js';
import { sniffFormat } from '../../src/ingest/detect-format.js';
import { globToRegExp, pathFilter } from '../../src/ingest/glob.js';
import { htmlTooComplex } from '../../src/ingest/html-limits.js';
import { jaccardEstimate, minhashSignature } from '../../src/ingest/minhash.js';
import { readFeed } from '../../src/ingest/read-feed.js';
import { readHtml } from '../../src/ingest/read-html.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire &amp; Co</title>
<item><title>Drones hit airfields</title><link>https://wire.example/a</link><guid>a-1</guid>
<pubDate>Thu, 05 Jun 2025 10:00:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>
<content:encoded><![CDATA[<p>Ukraine said drones struck <b>four</b> airfields.</p><p>Russia denied it.</p>]]></content:encoded></item>
<item><title></title><description></description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><title>Talks resume</title><id>urn:x:1</id><link rel="alternate" href="https://atom.example/1"/><published>2025-06-04T08:00:00Z</published>
<summary>Negotiators met in Istanbul &#8212; officials said.</summary></entry></feed>`;

describe('ingest/read-feed', () => {
  it('reads RSS items with link, date, author and HTML content as text', () => {
    const [first, second] = readFeed(RSS, '/f.xml');
    assert.ok(first && 'article' in first);
    const a = first.article;
    assert.equal(a.input.text, 'Drones hit airfields\n\nUkraine said drones struck four airfields.\n\nRussia denied it.');
    assert.equal(a.input.url, 'https://wire.example/a');
    assert.equal(a.input.published, '2025-06-05T10:00:00.000Z');
    assert.equal(a.input.source, 'Wire & Co');
    assert.equal(a.byline, 'Jane Roe');
    assert.equal(a.origin, '/f.xml#a-1');
    assert.ok(second && 'rejected' in second && second.rejected.code === 'E_INPUT_EMPTY');
  });

  it('reads Atom entries', () => {
    const [entry] = readFeed(ATOM, 'atom');
    assert.ok(entry && 'article' in entry);
    assert.equal(entry.article.input.url, 'https://atom.example/1');
    assert.equal(entry.article.input.published, '2025-06-04T08:00:00Z');
    assert.equal(entry.article.input.text, 'Talks resume\n\nNegotiators met in Istanbul — officials said.');
  });

  it('refuses an entity bomb and malformed XML with a reason', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>`;
    assert.throws(() => readFeed(bomb, 'bomb.xml'), { code: 'E_INPUT_XML_ENTITIES' });
    assert.throws(() => readFeed('<rss><channel><item></channel>', 'bad.xml'), { code: 'E_INPUT_FEED' });
    assert.throws(() => readFeed('<html><body>hi</body></html>', 'page.xml'), { code: 'E_INPUT_FEED' });
  });
});

describe('ingest/read-html', () => {
  const page = `<!doctype html><html><head><title>Site | Page</title>
<meta property="og:site_name" content="The Wire"><link rel="canonical" href="https://wire.example/story">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Drones hit four airfields","datePublished":"2025-06-05T09:30:00+02:00","author":{"@type":"Person","name":"Jane Roe"}}</script>
<script>document.write('evil')</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Drones hit four airfields</h1><p>Ukraine said on Sunday that its drones struck four Russian airfields, destroying aircraft worth billions of dollars, in one of the boldest operations of the war so far.</p>
<p>Russia's defence ministry said it had repelled most of the attacks and that the damage was limited, according to a statement published on Telegram late on Sunday evening.</p>
<script>alert("x")</script></article><footer>Copyright</footer></body></html>`;

  it('extracts the article text, title, byline, date, canonical URL and site, without scripts', () => {
    const a = readHtml(page, '/p.html');
    assert.equal(a.input.title, 'Drones hit four airfields');
    assert.equal(a.input.published, '2025-06-05T09:30:00+02:00');
    assert.equal(a.input.url, 'https://wire.example/story');
    assert.equal(a.input.source, 'The Wire');
    assert.equal(a.byline, 'Jane Roe');
    assert.ok(a.input.text.startsWith('Drones hit four airfields\n\nUkraine said on Sunday'), a.input.text);
    assert.ok(!/alert|evil|Home/.test(a.input.text));
  });

  it('refuses deeply nested markup before building a DOM', () => {
    assert.match(htmlTooComplex('<div>'.repeat(600)) ?? '', /nested more than 512/);
    assert.equal(htmlTooComplex('<p>a<p>b'.repeat(1000)), undefined);
    assert.throws(() => readHtml(`<html><body>${'<div>'.repeat(5000)}x</body></html>`, 'deep.html'), { code: 'E_INPUT_HTML' });
  });
});

describe('ingest/glob', () => {
  it('matches base names at any depth, paths from the root, ** and braces', () => {
    assert.ok(globToRegExp('*.html').test('news/a.html'));
    assert.ok(!globToRegExp('*.html').test('news/a.htm'));
    assert.ok(globToRegExp('news/**/*.txt').test('news/x/y/a.txt'));
    assert.ok(globToRegExp('news/**/*.txt').test('news/a.txt'));
    assert.ok(!globToRegExp('news/*.txt').test('news/x/a.txt'));
    assert.ok(globToRegExp('*.{md,txt}').test('a.md'));
    const accept = pathFilter(['*.txt', '*.xml'], ['drafts/**']);
    assert.deepEqual(['a.txt', 'drafts/b.txt', 'c.html', 'x/feed.xml'].filter(accept), ['a.txt', 'x/feed.xml']);
  });
});

describe('ingest/detect-format', () => {
  it('tells feeds, HTML, JSON Lines and text apart by their first bytes and content type', () => {
    assert.equal(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0">'), 'feed');
    assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
    assert.equal(sniffFormat('<!DOCTYPE html><html>'), 'html');
    assert.equal(sniffFormat('{"text":"x"}\n'), 'jsonl');
    assert.equal(sniffFormat('Putin warns\n\nMoscow'), 'text');
    assert.equal(sniffFormat('anything', 'application/rss+xml'), 'feed');
    assert.equal(sniffFormat('anything', 'text/html; charset=utf-8'), 'html');
  });
});

describe('ingest/minhash', () => {
  it('gives near-copies a high similarity and different texts a low one, and short texts no signature', () => {
    const body = 'the ministry said that drones had struck four airfields deep inside the country overnight and that several aircraft were destroyed while officials in the capital denied any serious damage to the bases and promised a response';
    const a = minhashSignature(`KYIV (Reuters) - ${body}`);
    const b = minhashSignature(`MOSCOW, June 5 (AP) - ${body}. Reporting by staff.`);
    const c = minhashSignature('talks between the two delegations resumed in istanbul on monday with a new proposal for a ceasefire along the front line and an exchange of prisoners that both sides said could happen within weeks if the terms hold');
    assert.ok(jaccardEstimate(a, b) >= 0.7, String(jaccardEstimate(a, b)));
    assert.ok(jaccardEstimate(a, c) < 0.2, String(jaccardEstimate(a, c)));
    assert.equal(minhashSignature('too short to compare').length, 0);
  });
});

describe('ingest/decode-declared', () => {
  it('decodes a page in its declared legacy charset, and refuses invalid UTF-8 that declares none', () => {
    const page = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 in Kyiv</p></body></html>', 'latin1');
    assert.match(decodeDeclared(page, 'p.html'), /Café in Kyiv/);
    assert.match(decodeDeclared(Buffer.from('<p>Caf\xe9</p>', 'latin1'), 'x', 'text/html; charset=ISO-8859-1'), /Café/);
    assert.throws(() => decodeDeclared(Buffer.from('<p>Caf\xe9</p>', 'latin1'), 'y.html'), { code: 'E_INPUT_ENCODING' });
  });
});

describe('ingest/read-feed raw items', () => {
  it('keeps each item\'s own XML as its raw source', () => {
    const [first] = readFeed(RSS, '/f.xml');
    assert.ok(first && 'article' in first);
    assert.match(first.article.raw, /^<item><title>Drones hit airfields<\/title>[\s\S]*<\/item>$/);
  });
});
