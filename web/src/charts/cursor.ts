/**
 * The shared time cursor: which week a pointer position or a key press points at. Pure, so
 * that every chart moves the cursor the same way.
 */

/** Weeks a Shift+arrow moves the cursor. */
export const BIG_STEP = 10;

export interface CursorBounds {
	/** Last week that can be read (-1: nothing to read yet). */
	readonly last: number;
	/** Where the cursor starts when there is none (the run's current week). */
	readonly start: number;
}

function clamp(week: number, last: number): number {
	return Math.min(Math.max(0, Math.round(week)), last);
}

/**
 * The cursor after a key press: ArrowLeft/ArrowRight move a week (Shift: ten), Home and End go
 * to the first and last week, Escape clears. Returns undefined for a key it does not handle,
 * so that the caller lets the browser have it.
 */
export function cursorAfterKey(
	cursor: number | null,
	key: string,
	shift: boolean,
	{ last, start }: CursorBounds
): number | null | undefined {
	if (key === 'Escape') return cursor === null ? undefined : null;
	const handled = ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
	if (!handled) return undefined;
	if (last < 0) return null;
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	const step = (key === 'ArrowLeft' ? -1 : 1) * (shift ? BIG_STEP : 1);
	return clamp((cursor ?? clamp(start, last)) + step, last);
}

/** The week under a pointer at `px` (x scale inverted, rounded, clamped); null if none held. */
export function weekAtPixel(
	px: number,
	invert: (px: number) => number,
	last: number
): number | null {
	if (last < 0 || !Number.isFinite(px)) return null;
	return clamp(invert(px), last);
}

/** The cursor as a chart shows it: null when there is none or it lies beyond the weeks held. */
export function shownCursor(cursor: number | null, last: number): number | null {
	return cursor !== null && cursor >= 0 && cursor <= last ? cursor : null;
}
