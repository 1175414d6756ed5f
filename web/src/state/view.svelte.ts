/**
 * ViewState: how the page is looked at, as opposed to what is simulated (ScenarioState) or
 * how far the run has got (RunState). Nothing here changes a run or its link.
 */

export type Theme = 'auto' | 'light' | 'dark' | 'contrast';

export class ViewState {
	/** The week under the shared time cursor (hover or keyboard readout on any chart); null: none. */
	cursor = $state<number | null>(null);
	theme = $state<Theme>('auto');
	/** Starts from the OS setting; the page offers a toggle. */
	reducedMotion = $state(false);

	constructor(win?: Window) {
		if (win?.matchMedia) {
			this.reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
		}
	}
}
