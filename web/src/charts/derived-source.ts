/**
 * Weekly series computed from the run's metrics (cumulative sums, ratios), held as columns
 * so that a chart reads them like the run's own SeriesStore.
 */
import type { SeriesSource } from './chart-types';

export class DerivedSource implements SeriesSource {
	readonly length: number;
	readonly #columns: readonly Float64Array[];

	constructor(columns: readonly Float64Array[], length: number) {
		this.#columns = columns;
		this.length = length;
	}

	value(week: number, column: number): number {
		return this.#columns[column][week];
	}
}

/** Running sum: out[w] = values[0] + … + values[w]. */
export function cumulative(values: ArrayLike<number>): Float64Array {
	const out = new Float64Array(values.length);
	let sum = 0;
	for (let w = 0; w < values.length; w++) {
		sum += values[w];
		out[w] = sum;
	}
	return out;
}

/** One column of a source as an array. */
export function columnOf(source: SeriesSource, column: number): Float64Array {
	return Float64Array.from({ length: source.length }, (_, w) => source.value(w, column));
}
