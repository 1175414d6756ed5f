/**
 * Which regime changes are news: those that appear while a run is being watched. A new run
 * (another revision of the series: a changed scenario, a reset, a seek) arrives with its past
 * already computed, and that past is not news.
 */
import type { RegimeEvent } from '../model/regimes';

export function regimeKey(event: RegimeEvent): string {
	return `${event.week}:${event.kind}:${event.loop ?? ''}`;
}

export class RegimeWatch {
	#revision: number | null = null;
	#seen = new Set<string>();

	/** The events of `events` not seen before in this revision, in order. */
	news(revision: number, events: readonly RegimeEvent[]): RegimeEvent[] {
		if (revision !== this.#revision) {
			this.#revision = revision;
			this.#seen = new Set(events.map(regimeKey));
			return [];
		}
		const fresh = events.filter((event) => !this.#seen.has(regimeKey(event)));
		for (const event of fresh) this.#seen.add(regimeKey(event));
		return fresh;
	}
}
