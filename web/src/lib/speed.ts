/**
 * Playback speeds offered by the play bar, in simulated weeks per second of wall time.
 * "Normal" is the engine's own default (engine/sim.ts DEFAULT_SPEED), so a page that never
 * touches the control plays as before. At "max" the page renders decimated (`isDecimated`):
 * RunState pulls frames, and so redraws charts and map, about ten times a second.
 */

export type SpeedKey = 'slow' | 'normal' | 'fast' | 'max';

export interface Speed {
	readonly key: SpeedKey;
	readonly label: string;
	readonly weeksPerSecond: number;
	/** Read out beside the label: what one second of wall time covers. */
	readonly description: string;
}

export const SPEEDS: readonly Speed[] = [
	{ key: 'slow', label: 'Slow', weeksPerSecond: 4, description: 'about a month per second' },
	{ key: 'normal', label: 'Normal', weeksPerSecond: 26, description: 'half a year per second' },
	{ key: 'fast', label: 'Fast', weeksPerSecond: 104, description: 'two years per second' },
	{ key: 'max', label: 'Max', weeksPerSecond: 520, description: 'ten years per second' }
];

export const DEFAULT_SPEED: Speed = SPEEDS[1];

/** The offered speed closest to `weeksPerSecond` (on a log scale: speeds are multiples). */
export function speedFor(weeksPerSecond: number): Speed {
	if (!(weeksPerSecond > 0)) return DEFAULT_SPEED;
	let best = DEFAULT_SPEED;
	for (const speed of SPEEDS) {
		const gap = Math.abs(Math.log(speed.weeksPerSecond / weeksPerSecond));
		if (gap < Math.abs(Math.log(best.weeksPerSecond / weeksPerSecond))) best = speed;
	}
	return best;
}

/** Whether charts should render decimated: at the top speed, not every frame. */
export function isDecimated(weeksPerSecond: number): boolean {
	return weeksPerSecond >= SPEEDS[SPEEDS.length - 1].weeksPerSecond;
}
