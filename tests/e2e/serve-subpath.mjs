// A minimal static host for the e2e tests: serves the built site (dist/) under a nested
// sub-path, an article page that embeds it in an iframe, and the same site under /octet/…
// with .wasm sent as application/octet-stream (as misconfigured hosts do).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? 4174);
const dist = new URL('../../dist/', import.meta.url).pathname;
const SITE = '/articles/2026/depin/playground/';
const OCTET = '/octet/articles/depin/playground/';
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.wasm': 'application/wasm'
};

const article = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article about DePIN</title>
<link rel="icon" href="data:,"></head>
<body><h1>Why networks tip</h1><p>Try it yourself:</p>
<iframe title="DePIN flywheel playground" src="playground/#v=1&amp;seed=7&amp;inertia=0.8"
  width="1000" height="800" style="border:0"></iframe></body></html>`;

createServer(async (req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	if (path === '/articles/2026/depin/article.html') {
		res.writeHead(200, { 'content-type': TYPES['.html'] }).end(article);
		return;
	}
	const prefix = path.startsWith(SITE) ? SITE : path.startsWith(OCTET) ? OCTET : null;
	if (!prefix) {
		res.writeHead(404).end('not found');
		return;
	}
	let file = normalize(path.slice(prefix.length) || 'index.html');
	if (file.startsWith('..')) {
		res.writeHead(403).end();
		return;
	}
	if (file.endsWith('/')) file += 'index.html';
	try {
		const body = await readFile(join(dist, file));
		let type = TYPES[extname(file)] ?? 'application/octet-stream';
		if (prefix === OCTET && file.endsWith('.wasm')) type = 'application/octet-stream';
		res.writeHead(200, { 'content-type': type }).end(body);
	} catch {
		res.writeHead(404).end('not found');
	}
}).listen(port, '127.0.0.1', () => console.log(`sub-path host on http://127.0.0.1:${port}${SITE}`));
