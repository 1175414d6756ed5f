/**
 * Takes someone from an explanation to the levers it talks about: opens the lever group (a
 * `<details>` in the control area, found by its summary text, the schema's group label) and
 * moves focus to one lever, or to the group's first slider. Focus scrolls it into view, also
 * inside the control area's own scroll box.
 */

const CONTROL_AREA = '[aria-label="Control area"]';

function normalised(text: string | null | undefined): string {
	return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The control area's `<details>` whose summary reads `label` (exactly, else at its start). */
export function findLeverGroup(doc: Document, label: string): HTMLDetailsElement | null {
	const root = doc.querySelector(CONTROL_AREA) ?? doc;
	const groups = [...root.querySelectorAll('details')];
	const wanted = normalised(label);
	const summaryOf = (d: HTMLDetailsElement) => normalised(d.querySelector('summary')?.textContent);
	return (
		groups.find((d) => summaryOf(d) === wanted) ??
		groups.find((d) => summaryOf(d).startsWith(wanted)) ??
		null
	);
}

function firstControl(group: HTMLElement): HTMLElement | null {
	return (
		group.querySelector<HTMLElement>('input[type=range]:not(:disabled)') ??
		group.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled)')
	);
}

/**
 * Opens the group and focuses lever `key` (its control has id `param-<key>`), or the group's
 * first slider. Resolves to the focused element, or null if nothing could be found.
 */
export async function revealLever(
	doc: Document,
	groupLabel: string,
	key?: string
): Promise<HTMLElement | null> {
	const group = findLeverGroup(doc, groupLabel);
	if (!group) return null;
	group.open = true;
	const find = () =>
		(key ? group.querySelector<HTMLElement>(`#param-${CSS.escape(key)}`) : null) ??
		(key ? null : firstControl(group));
	// The group may render its levers only once open: give it a frame.
	let target = find();
	if (!target) {
		await new Promise((resolve) => requestAnimationFrame(resolve));
		target = find();
	}
	target?.focus();
	return target;
}
