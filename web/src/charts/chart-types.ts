/**
 * The shapes a chart is drawn from: a source of weekly values (the run's SeriesStore, or a
 * series derived from it), the lines to draw from it or from explicit samples (a real
 * network's monthly history), labelled marks on the time axis and a reference level.
 */

/** Weekly values by column: SeriesStore fits, and so does a DerivedSource. */
export interface SeriesSource {
	/** Number of weeks held (weeks 0..length-1). */
	readonly length: number;
	value(week: number, column: number): number;
}

/** One sample at a (possibly fractional) week, e.g. the middle of a calendar month. */
export interface Point {
	readonly week: number;
	readonly value: number;
}

export interface ChartLine {
	/** Column of the source; for a line drawn from `points`, any id unique within the chart. */
	readonly column: number;
	readonly label: string;
	readonly color: string;
	/** SVG stroke-dasharray: a second encoding besides colour. */
	readonly dash?: string;
	/** Drawn from these samples instead of the source (dots joined by the dash). */
	readonly points?: readonly Point[];
	/** A sample counts for the weeks within this distance of it (e.g. half a month). */
	readonly reach?: number;
	/** How a value of this line is read out; the chart's format if absent. */
	readonly format?: (value: number) => string;
}

/** A labelled flag on the time axis (regime changes, events). */
export interface ChartMark {
	readonly week: number;
	readonly label: string;
}

/** A horizontal reference level, always inside the y domain (e.g. revenue = emissions). */
export interface ChartReference {
	readonly value: number;
	readonly label: string;
}

/** A labelled tick of the time axis (e.g. a calendar year). */
export interface AxisTick {
	readonly week: number;
	readonly label: string;
}
