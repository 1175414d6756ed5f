// The generic CSV reader and number parser (web/src/data/csv.ts), on the formats the shipped
// 1kx DePIN histories use: quoted thousands, percent signs, `$` prefixes, empty cells.
import { describe, expect, test } from 'vitest';
import { parseCsv, parseCsvTable, parseNumber, parseNumberColumn } from '../../../web/src/data/csv';

describe('parseNumber', () => {
	test.each([
		['1,123,923', 1_123_923],
		['663,114.52', 663_114.52],
		['1,165.42', 1165.42],
		['-1,107,428', -1_107_428],
		['-487,461', -487_461],
		['100', 100],
		['751660', 751_660],
		['2800000', 2_800_000],
		['0.1', 0.1],
		['0.050', 0.05],
		['5036.0', 5036],
		['0.00259', 0.00259],
		['.5', 0.5],
		[' 8500 ', 8500],
		['0.30%', 0.003],
		['54.00%', 0.54],
		['0.07%', 0.0007],
		['44.50%', 0.445],
		['$91,527', 91_527],
		['$1,155,958', 1_155_958],
		['$2.80', 2.8],
		['$10.00', 10],
		['-$5', -5],
		['$-5', -5],
		['0', 0],
		['-0', 0]
	])('%j → %d', (raw, value) => expect(parseNumber(raw)).toBe(value));

	test.each([[''], ['   ']])('%j (empty) → null', (raw) => expect(parseNumber(raw)).toBeNull());

	test.each([
		['from polygon data'],
		['1,2'],
		['1,2345'],
		['12,34.5'],
		[',123'],
		['1.2.3'],
		['$'],
		['%'],
		['12%%'],
		['$5%'],
		['--5'],
		['-$-5'],
		['1e5'],
		['5.'],
		['N/A'],
		['1 000']
	])('%j → NaN', (raw) => expect(parseNumber(raw)).toBeNaN());
});

describe('parseCsv', () => {
	test.each<[string, string, string[][]]>([
		[
			'plain',
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'no trailing newline',
			'a,b\n1,2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'CRLF',
			'a,b\r\n1,2\r\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'bare CR',
			'a,b\r1,2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		['quoted thousands', '"1,123,923",0.59\n', [['1,123,923', '0.59']]],
		['quoted $ thousands', '2022-12,"$91,527","2,310"', [['2022-12', '$91,527', '2,310']]],
		['empty cells', ',a,,\n', [['', 'a', '', '']]],
		['quoted empty', '"",x', [['', 'x']]],
		['escaped quotes', '"say ""hi""",2', [['say "hi"', '2']]],
		[
			'newline in quotes',
			'"a\r\nb",c\nd,e',
			[
				['a\r\nb', 'c'],
				['d', 'e']
			]
		],
		['quoted header with comma', 'm,"share (a, b)",x', [['m', 'share (a, b)', 'x']]],
		['blank lines skipped', 'a\n\n\r\nb\n\n', [['a'], ['b']]],
		['byte order mark', '\ufeffa,b', [['a', 'b']]],
		['empty text', '', []]
	])('%s', (_name, text, rows) => expect(parseCsv(text)).toEqual(rows));

	test.each([
		['unterminated quote', 'a,"b\n1,2', /line 1: unterminated/],
		['text after a closing quote', '"a"b,c', /line 1: unexpected "b"/],
		['stray quote', 'a\nab"c,d', /line 2: stray quote/]
	])('rejects %s', (_name, text, message) => expect(() => parseCsv(text)).toThrow(message));
});

describe('parseCsvTable', () => {
	test('trims header names and keeps cells as written', () => {
		expect(parseCsvTable('month, buzz contributors \r\n2022-10, 0 \r\n')).toEqual({
			header: ['month', 'buzz contributors'],
			rows: [['2022-10', ' 0 ']]
		});
	});

	test.each([
		['a short row', 'a,b\n1\n', /row 1: 1 cells, header has 2/],
		['a long row', 'a,b\n1,2\n1,2,3\n', /row 2: 3 cells, header has 2/],
		['a duplicate column', 'a,b,a \n1,2,3\n', /duplicate column "a"/],
		['no header', '', /no header/]
	])('rejects %s', (_name, text, message) => expect(() => parseCsvTable(text)).toThrow(message));
});

describe('parseNumberColumn', () => {
	test.each<[string[], (number | null)[] | null]>([
		[
			['"1,264"', '100', '', '$2.80', '0.30%'].map((s) => s.replaceAll('"', '')),
			[1264, 100, null, 2.8, 0.003]
		],
		[
			['', ''],
			[null, null]
		],
		[[], []],
		[['1', 'from polygon data'], null],
		[['1', '1,2'], null]
	])('%j → %j', (cells, values) => expect(parseNumberColumn(cells)).toEqual(values));
});
