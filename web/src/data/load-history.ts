/**
 * Downloads and parses a network's monthly history at run time (the CSVs are static files in
 * public/data/depin-history/, fetched relative to the site's base URL so that the site works
 * from any sub-path, and never bundled into the first screen's JavaScript). Failures become one
 * readable sentence. A download is shared while it lasts and kept once it succeeds.
 */
import { HISTORY_DIR, NETWORKS, parseHistoryCsv } from './history';
import type { HistorySeries, NetworkKey } from './history';

export type Fetcher = (
	url: string
) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>>;

/** Absolute URL of a shipped history file, given the site's base URL (absolute). */
export function historyUrl(file: string, base: string): string {
	return new URL(`${HISTORY_DIR}${file}`, base).href;
}

const cache = new Map<string, Promise<HistorySeries>>();

/** The network's history, parsed; rejects with an Error whose message can be shown as is. */
export function loadHistory(
	network: NetworkKey,
	base: string,
	fetcher: Fetcher = (url) => fetch(url)
): Promise<HistorySeries> {
	const info = NETWORKS[network];
	const url = historyUrl(info.file, base);
	const cached = cache.get(url);
	if (cached) return cached;
	const loading = download(url, info.label, fetcher).then((text) => {
		try {
			return parseHistoryCsv(text, network);
		} catch (error) {
			throw new Error(`The ${info.label} history could not be read: ${messageOf(error)}`, {
				cause: error
			});
		}
	});
	cache.set(url, loading);
	loading.catch(() => cache.delete(url)); // let a retry download again
	return loading;
}

async function download(url: string, label: string, fetcher: Fetcher): Promise<string> {
	let response: Awaited<ReturnType<Fetcher>>;
	try {
		response = await fetcher(url);
	} catch (error) {
		throw new Error(`The ${label} history could not be downloaded (${messageOf(error)}).`, {
			cause: error
		});
	}
	if (!response.ok) {
		const status = `${response.status} ${response.statusText}`.trim();
		throw new Error(`The ${label} history could not be downloaded: the server answered ${status}.`);
	}
	return response.text();
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
