/**
 * ViewState: how the page is looked at, as opposed to what is simulated (ScenarioState) or
 * how far the run has got (RunState). Nothing here changes a run or its link. The theme and
 * the motion choice are remembered in the browser (lib/preferences.ts), not in the link.
 */
import type { PreferenceStore, Theme } from '../lib/preferences';
import {
	browserStore,
	readReducedMotion,
	readTheme,
	writeReducedMotion,
	writeTheme
} from '../lib/preferences';

export type { Theme } from '../lib/preferences';

export class ViewState {
	/** The week under the shared time cursor (hover or keyboard readout on any chart); null: none. */
	cursor = $state<number | null>(null);
	/** `auto` follows the system's light or dark setting; the others override it. */
	theme = $state<Theme>('auto');
	/** Starts from the remembered choice, else the OS setting; the page offers a toggle. */
	reducedMotion = $state(false);

	#store: PreferenceStore | null;
	#systemReducedMotion = false;

	constructor(win?: Window) {
		this.#store = browserStore(win);
		if (win?.matchMedia) {
			this.#systemReducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
		}
		this.theme = readTheme(this.#store);
		this.reducedMotion = readReducedMotion(this.#store, this.#systemReducedMotion);
	}

	setTheme(theme: Theme): void {
		this.theme = theme;
		writeTheme(this.#store, theme);
	}

	setReducedMotion(reduced: boolean): void {
		this.reducedMotion = reduced;
		writeReducedMotion(this.#store, reduced, this.#systemReducedMotion);
	}
}
