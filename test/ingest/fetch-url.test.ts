import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ingest } from '../../src/app/ingest.js';
import { fetchUrl } from '../../src/ingest/fetch-url.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { FEED, PAGE } from './mixed-corpus.js';
import { isPrivateAddress } from '../../src/ingest/private-address.js';

describe('ingest/private-address', () => {
  it('flags loopback, private, link-local, CGNAT, multicast and mapped forms; passes public addresses', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '224.0.0.1', '255.255.255.255', '::1', '::', 'fc00::1', 'fd12::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1',
      '64:ff9b::a00:1', 'not-an-ip']) {
      assert.equal(isPrivateAddress(ip), true, ip);
    }
    for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(ip), false, ip);
  });
});

describe('ingest/fetch-url (local server only)', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/redirect-private') return res.writeHead(302, { location: 'http://10.0.0.1/x' }).end();
      if (req.url === '/redirect') return res.writeHead(301, { location: '/page' }).end();
      if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
      if (req.url === '/feed') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
      if (req.url === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000);
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>hello</p></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('refuses a private address unless the guard is disabled', async () => {
    await assert.rejects(fetchUrl(`${base}/page`, { maxBytes: 1000, timeoutMs: 2000 }), { code: 'E_FETCH_PRIVATE' });
    await assert.rejects(fetchUrl('http://localhost:1/page', { maxBytes: 1000, timeoutMs: 2000 }), { code: 'E_FETCH_PRIVATE' });
    const page = await fetchUrl(`${base}/redirect`, { maxBytes: 1000, timeoutMs: 2000, allowPrivate: true });
    assert.equal(page.url, `${base}/page`);
    assert.match(page.contentType, /html/);
  });

  it('refuses a redirect to a private address even from an allowed host', async () => {
    const onlyLocal = { maxBytes: 1000, timeoutMs: 2000, allowPrivate: ['127.0.0.1'] };
    assert.equal((await fetchUrl(`${base}/page`, onlyLocal)).bytes.toString(), '<html><body><p>hello</p></body></html>');
    await assert.rejects(fetchUrl(`${base}/redirect-private`, onlyLocal), { code: 'E_FETCH_PRIVATE', message: /10\.0\.0\.1/ });
  });

  it('stops at the size limit and the timeout', async () => {
    await assert.rejects(fetchUrl(`${base}/big`, { maxBytes: 1000, timeoutMs: 2000, allowPrivate: true }), { code: 'E_INPUT_TOO_LARGE' });
    await assert.rejects(fetchUrl(`${base}/slow`, { maxBytes: 1000, timeoutMs: 300, allowPrivate: true }), { code: 'E_FETCH_FAILED' });
  });

  it('ingests the URLs it is given (a page and a feed) and records a refused one with its reason', async () => {
    const store = new SqliteStore(':memory:');
    // A generous time limit: with workers 0 the first analysis (loading the knowledge data) runs on
    // this thread while the next fetch is in flight, and on a loaded machine that can take seconds.
    const summary = await ingest(store, [`${base}/article`, `${base}/feed`, 'http://169.254.169.254/latest/meta-data'], {
      maxBytes: 1 << 20, timeoutMs: 15_000, workers: 0, allowPrivate: ['127.0.0.1'],
    });
    assert.deepEqual([summary.added, summary.duplicates], [2, 1]);
    assert.deepEqual(summary.rejected.map((r) => r.code), ['E_FETCH_PRIVATE']);
    assert.deepEqual(store.query('documents', {}).map((r) => r.url), ['https://wire.example/drones', 'https://courier.example/world/ankara']);
    store.close();
  });
});
