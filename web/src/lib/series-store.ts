/**
 * The UI's copy of the run's metrics: a growable row-major buffer fed by engine frames.
 * A frame from a new revision replaces everything; otherwise its rows are appended.
 */
import type { Frame } from '../engine/api';
import { METRIC_COUNT } from '../model/metrics';

export class SeriesStore {
	revision = -1;
	/** Number of weeks held (rows 0..length-1). */
	length = 0;
	private buffer = new Float64Array(1024 * METRIC_COUNT);

	/** Applies a frame; returns true when the held rows changed. */
	apply(frame: Frame): boolean {
		const rowCount = frame.rows.length / METRIC_COUNT;
		if (frame.revision !== this.revision) {
			if (frame.fromWeek !== 0) return false; // a stale tail of an older run
			this.revision = frame.revision;
			this.length = 0;
		}
		if (rowCount === 0) return false;
		const needed = (frame.fromWeek + rowCount) * METRIC_COUNT;
		if (needed > this.buffer.length) {
			const grown = new Float64Array(Math.max(needed, this.buffer.length * 2));
			grown.set(this.buffer.subarray(0, this.length * METRIC_COUNT));
			this.buffer = grown;
		}
		this.buffer.set(frame.rows, frame.fromWeek * METRIC_COUNT);
		this.length = frame.fromWeek + rowCount;
		return true;
	}

	value(week: number, column: number): number {
		return this.buffer[week * METRIC_COUNT + column];
	}
}
