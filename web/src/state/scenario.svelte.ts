/**
 * ScenarioState: the scenario being edited (seed and parameters) and its link. The URL
 * fragment is read on load and whenever it changes (a pasted link, back/forward), and written
 * (replaceState, debounced) after every edit. Problems with a link become notices.
 */
import { untrack } from 'svelte';
import { decodeScenario, encodeScenario } from '../scenario/codec';
import type { Scenario } from '../scenario/scenario';
import type { ScenarioEvent } from '../scenario/events';
import { defaultScenario } from '../scenario/scenario';
import type { Issue } from '../scenario/validate';
import { PARAMS, PARAM_INDEX } from '../scenario/schema';
import type { ParamValues } from '../scenario/schema';
import { checkValue } from '../scenario/validate';
import { PRESET_INDEX, presetEvents, presetParams } from '../scenario/presets';
import { sortEvents } from '../scenario/events';
import { canAddEvent, newEvent, removeEventAt, updateEventAt } from '../scenario/event-edit';
import type { ParamGroup } from '../scenario/param-spec';
import { resetGroupValues } from '../scenario/param-groups';

const URL_WRITE_DELAY_MS = 250;

export class ScenarioState {
	seed = $state(defaultScenario().seed);
	preset = $state<string | null>(null);
	params = $state(defaultScenario().params);
	events = $state.raw<readonly ScenarioEvent[]>([]);
	/** What was wrong with the last link read, in plain words. */
	issues = $state<readonly Issue[]>([]);
	/** The canonical fragment of the current scenario (without '#'). */
	readonly fragment = $derived(
		encodeScenario({
			seed: this.seed,
			preset: this.preset,
			params: this.params,
			events: this.events
		})
	);

	#timer: ReturnType<typeof setTimeout> | undefined;
	#lastWritten = '';

	/** A plain snapshot (no proxies) for the engine. */
	snapshot(): Scenario {
		return {
			seed: this.seed,
			preset: this.preset,
			params: { ...this.params },
			// Edits keep the list in editing order; the engine gets the link's order.
			events: sortEvents(this.events)
		};
	}

	/** The values the levers reset to: the preset's, or the schema defaults. */
	baseParams(): ParamValues {
		return presetParams(this.preset === null ? undefined : PRESET_INDEX.get(this.preset));
	}

	/** Reads a fragment (e.g. location.hash); keeps whatever is valid, reports the rest. */
	readFragment(hash: string): void {
		const { scenario, issues } = decodeScenario(hash);
		this.seed = scenario.seed;
		this.preset = scenario.preset;
		this.params = scenario.params;
		this.events = scenario.events;
		this.issues = issues;
		this.#lastWritten = this.fragment;
	}

	set(key: string, value: number): void {
		const id = PARAM_INDEX.get(key);
		if (id === undefined) return;
		this.params[key] = checkValue(PARAMS[id], value).value;
	}

	setSeed(seed: number): void {
		if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) this.seed = seed;
	}

	/** Starts from a preset (null: the defaults): its values and events; the seed is kept. */
	applyPreset(key: string | null): void {
		const preset = key === null ? undefined : PRESET_INDEX.get(key);
		this.preset = preset ? preset.key : null;
		this.params = presetParams(preset);
		this.events = presetEvents(preset);
	}

	/** Back to the preset's values (or the defaults); the seed is kept. */
	resetAll(): void {
		this.params = presetParams(this.preset === null ? undefined : PRESET_INDEX.get(this.preset));
	}

	/** Only the group's levers back to the preset's values (or the defaults). */
	resetGroup(group: ParamGroup): void {
		this.params = resetGroupValues(this.params, this.baseParams(), group);
	}

	/**
	 * Adds an event of `type` at `week` (clamped to the run) with its type's defaults; returns
	 * its index in `events`, or −1 for an unknown type or a full list. The list keeps editing
	 * order (an edited event keeps its index); links and the engine sort it.
	 */
	addEvent(type: string, week: number): number {
		const event = newEvent(type, week, this.params.horizon_weeks);
		if (!event || !canAddEvent(this.events)) return -1;
		this.events = [...this.events, event];
		return this.events.length - 1;
	}

	/** Changes event `index` (start, duration, magnitude), clamped to the run and its type. */
	updateEvent(index: number, patch: Partial<Omit<ScenarioEvent, 'type'>>): void {
		this.events = updateEventAt(this.events, index, patch, this.params.horizon_weeks);
	}

	moveEvent(index: number, start: number): void {
		this.updateEvent(index, { start });
	}

	removeEvent(index: number): void {
		this.events = removeEventAt(this.events, index);
	}

	dismissIssues(): void {
		this.issues = [];
	}

	/**
	 * Connects to the page's location: call once from the root component. Untracked, so that
	 * an effect calling it does not re-run (and re-read the old link) on every edit.
	 */
	attachToLocation(win: Window): () => void {
		return untrack(() => this.#attach(win));
	}

	#attach(win: Window): () => void {
		this.readFragment(win.location.hash);
		const onHashChange = () => {
			if (win.location.hash.slice(1) !== this.#lastWritten) this.readFragment(win.location.hash);
		};
		win.addEventListener('hashchange', onHashChange);
		const flush = () => this.#writeNow(win);
		win.addEventListener('pagehide', flush);
		const stop = $effect.root(() => {
			$effect(() => {
				const fragment = this.fragment;
				if (fragment === this.#lastWritten) return;
				clearTimeout(this.#timer);
				this.#timer = setTimeout(flush, URL_WRITE_DELAY_MS);
			});
		});
		return () => {
			stop();
			flush();
			win.removeEventListener('hashchange', onHashChange);
			win.removeEventListener('pagehide', flush);
		};
	}

	#writeNow(win: Window): void {
		clearTimeout(this.#timer);
		const fragment = this.fragment;
		if (fragment === this.#lastWritten) return;
		this.#lastWritten = fragment;
		win.history.replaceState(win.history.state, '', `#${fragment}`);
	}
}
