// Downloading a shipped history (web/src/data/load-history.ts) with a stand-in for fetch that
// reads public/data/depin-history/ from disk, or fails as a network or a server can.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { historyUrl, loadHistory } from '../../../web/src/data/load-history';
import type { Fetcher } from '../../../web/src/data/load-history';

const DIR = fileURLToPath(new URL('../../../public/data/depin-history/', import.meta.url));

function fromDisk(requested: string[]): Fetcher {
	return async (url) => {
		requested.push(url);
		const file = url.slice(url.lastIndexOf('/') + 1);
		return {
			ok: true,
			status: 200,
			statusText: 'OK',
			text: async () => readFileSync(DIR + file, 'utf8')
		};
	};
}

const failing =
	(status: number, statusText: string): Fetcher =>
	async () => ({ ok: false, status, statusText, text: async () => '' });

describe('loading a network history', () => {
	test('URLs are relative to the site’s base, wherever it is served from', () => {
		expect(
			historyUrl('helium_rewards_data.csv', 'https://example.org/articles/depin/playground/')
		).toBe(
			'https://example.org/articles/depin/playground/data/depin-history/helium_rewards_data.csv'
		);
		expect(historyUrl('x.csv', 'http://127.0.0.1:4173/')).toBe(
			'http://127.0.0.1:4173/data/depin-history/x.csv'
		);
	});

	test('downloads, parses and keeps a history (one download per file)', async () => {
		const requested: string[] = [];
		const base = 'https://a.example/site/';
		const fetcher = fromDisk(requested);
		const first = await loadHistory('dimo', base, fetcher);
		const again = await loadHistory('dimo', base, fetcher);
		expect(again).toBe(first);
		expect(requested).toEqual(['https://a.example/site/data/depin-history/dimo_token_rewards.csv']);
		expect(first.network).toBe('dimo');
		expect(first.months[0]).toBe('2022-12');
	});

	test('a server error is one readable sentence, and a retry downloads again', async () => {
		const base = 'https://b.example/';
		await expect(loadHistory('render', base, failing(404, 'Not Found'))).rejects.toThrow(
			'The Render (GPU rendering) history could not be downloaded: the server answered 404 Not Found.'
		);
		const requested: string[] = [];
		const series = await loadHistory('render', base, fromDisk(requested));
		expect(requested).toHaveLength(1);
		expect(series.network).toBe('render');
	});

	test('a network failure and an unreadable file are reported as such', async () => {
		const offline: Fetcher = async () => {
			throw new TypeError('Failed to fetch');
		};
		await expect(loadHistory('akash', 'https://c.example/', offline)).rejects.toThrow(
			'The Akash (compute) history could not be downloaded (Failed to fetch).'
		);
		const garbage: Fetcher = async () => ({
			ok: true,
			status: 200,
			statusText: 'OK',
			text: async () => '<!doctype html><p>Not here</p>'
		});
		await expect(loadHistory('akash', 'https://d.example/', garbage)).rejects.toThrow(
			/^The Akash \(compute\) history could not be read: /
		);
	});
});
