/** Carries out a parsed Command and returns the whole text for stdout (nothing is printed here). */
import type { Command } from './args';
import { USAGE } from './args';
import { listParams, listPresets } from './catalog';
import { ENGINES } from './engines';
import type { EngineDeps } from './engines';
import { toCsv, toJson } from './format';

export async function runCommand(command: Command, deps: EngineDeps): Promise<string> {
	switch (command.kind) {
		case 'help':
			return USAGE;
		case 'list-params':
			return listParams();
		case 'list-presets':
			return listPresets();
		case 'run': {
			const series = await ENGINES[command.engine](command.scenario, deps);
			return command.format === 'csv'
				? toCsv(series)
				: toJson(command.scenario, command.engine, series);
		}
	}
}
