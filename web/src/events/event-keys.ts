/**
 * Keys on a focused event bar, as on a slider whose value is the start week: arrows move one
 * week (ten with Shift), PageUp/PageDown ten, Home/End to the first/last week; Delete or
 * Backspace removes the event; Enter opens its editor.
 */

export type EventKeyAction =
	| { readonly kind: 'move'; readonly start: number }
	| { readonly kind: 'remove' }
	| { readonly kind: 'edit' }
	| { readonly kind: 'none' };

export const COARSE_WEEKS = 10;

export function eventKeyAction(
	key: string,
	shift: boolean,
	start: number,
	lastWeek: number
): EventKeyAction {
	const by = shift ? COARSE_WEEKS : 1;
	const to = (week: number): EventKeyAction => ({
		kind: 'move',
		start: Math.max(0, Math.min(lastWeek, week))
	});
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return to(start - by);
		case 'ArrowRight':
		case 'ArrowUp':
			return to(start + by);
		case 'PageDown':
			return to(start - COARSE_WEEKS);
		case 'PageUp':
			return to(start + COARSE_WEEKS);
		case 'Home':
			return to(0);
		case 'End':
			return to(lastWeek);
		case 'Delete':
		case 'Backspace':
			return { kind: 'remove' };
		case 'Enter':
			return { kind: 'edit' };
		default:
			return { kind: 'none' };
	}
}
