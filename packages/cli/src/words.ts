import type { Locale } from '@anders-kijken/core';
import type { Expected, JsonSyntaxError } from './json-syntax.js';

/** What a path turned out to be, when a regular file was expected. */
export type NotAFile = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

/** Where a JSON text was read from: a whole file, or one line of a JSONL file. */
export type JsonUnit = 'file' | 'line';

/** Every text the command prints, in Dutch and English. Help goes to stdout, problems to stderr. */
export interface Words {
  help: string;
  commandHelp: Record<'validate' | 'assess' | 'catalogue' | 'snippet', string>;
  unknownCommand: (name: string) => string;
  unknownOption: (name: string) => string;
  missingFile: (command: string) => string;
  missingValue: (option: string) => string;
  takesNoValue: (option: string) => string;
  badChoice: (option: string, value: string, allowed: readonly string[]) => string;
  cannotRead: (file: string, detail: string) => string;
  notFound: string;
  noPermission: string;
  notAFile: (kind: NotAFile) => string;
  tooLarge: (file: string, limit: string) => string;
  lineTooLong: (file: string, line: number, limit: string) => string;
  notUtf8: (file: string, line: number) => string;
  stdin: string;
  notJson: (file: string, detail: string) => string;
  /** Where a JSON text breaks and what it needed: `regel 3, kolom 5: verwacht ':', gevonden 'x'.` */
  jsonSyntax: (error: JsonSyntaxError, unit: JsonUnit) => string;
  /** For JSON that `JSON.parse` refused but whose place could not be found. */
  jsonUnreadable: string;
  unexpected: (detail: string) => string;
  error: string;
  warning: string;
  summary: (errors: number, warnings: number) => string;
  validPatch: (file: string) => string;
  validRuleset: (file: string) => string;
  line: (n: number) => string;
  snippetRefused: string;
  noMunicipality: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const NL_NOT_A_FILE: Record<NotAFile, string> = {
  directory: 'een map',
  fifo: 'een benoemde pijp (FIFO)',
  device: 'een apparaat',
  socket: 'een socket',
  other: 'geen gewoon bestand',
};
const EN_NOT_A_FILE: Record<NotAFile, string> = {
  directory: 'a directory',
  fifo: 'a named pipe (FIFO)',
  device: 'a device',
  socket: 'a socket',
  other: 'not a regular file',
};

const NL_END: Record<JsonUnit, string> = { file: 'het einde van het bestand', line: 'het einde van de regel' };
const EN_END: Record<JsonUnit, string> = { file: 'the end of the file', line: 'the end of the line' };

const NL_EXPECTED: Record<Exclude<Expected, 'end'>, string> = {
  true: 'true',
  false: 'false',
  null: 'null',
  value: 'een waarde (object, lijst, tekst, getal, true, false of null)',
  'value-or-bracket': "een waarde of ']'",
  name: 'een naam tussen "aanhalingstekens"',
  'name-or-brace': 'een naam tussen "aanhalingstekens" of \'}\'',
  colon: "':'",
  'comma-or-brace': "',' of '}'",
  'comma-or-bracket': "',' of ']'",
  digit: 'een cijfer',
  escape: 'na \\ een van " \\ / b f n r t u',
  hex: 'een hexadecimaal cijfer (0-9, a-f)',
  'closing-quote': "een afsluitend '\"'",
  'escaped-control': 'een stuurteken geschreven als \\n, \\t of \\u0000',
};
const EN_EXPECTED: Record<Exclude<Expected, 'end'>, string> = {
  true: 'true',
  false: 'false',
  null: 'null',
  value: 'a value (object, array, string, number, true, false or null)',
  'value-or-bracket': "a value or ']'",
  name: 'a name in "quotes"',
  'name-or-brace': 'a name in "quotes" or \'}\'',
  colon: "':'",
  'comma-or-brace': "',' or '}'",
  'comma-or-bracket': "',' or ']'",
  digit: 'a digit',
  escape: 'after \\ one of " \\ / b f n r t u',
  hex: 'a hexadecimal digit (0-9, a-f)',
  'closing-quote': "a closing '\"'",
  'escaped-control': 'a control character written as \\n, \\t or \\u0000',
};

const nl: Words = {
  help: `anders-kijken: werk met de signalen en regels van Anders Kijken op de opdrachtregel.

Gebruik:
  anders-kijken validate <bestand.json> [--json]
      Controleer de uitbreiding van een gemeente (of een hele regelset): elke fout en
      waarschuwing met de plek in het bestand. Stopt met code 1 bij fouten.
  anders-kijken assess <invoer.json> [--jsonl] [--patch <uitbreiding.json>]
      Beoordeel een geanonimiseerde casus; met --jsonl één casus per regel, één uitkomst per regel.
  anders-kijken catalogue [--format json|csv|md]
      De signalen en risicofactoren, met vragen, voorbeelden en bronnen.
  anders-kijken snippet <uitbreiding.json> [--component ak-referral-guide]
      De code voor een pagina: het script, de uitbreiding als data-eiland en het onderdeel.

Opties voor elke opdracht:
  --lang nl|en   taal van de uitvoer (standaard: uit LANG, anders Nederlands)
  -h, --help     deze uitleg

Alleen gewone bestanden in UTF-8 worden gelezen, tot 4 MiB; met --jsonl regel voor regel, tot 64 KiB
per regel. Stuurtekens in de uitvoer worden zichtbaar geschreven, als \\u001b.
Codes bij het stoppen: 0 in orde, 1 fouten in het bestand, 2 verkeerd gebruikt of onleesbaar.
Er wordt niets opgeslagen en niets verstuurd.`,
  commandHelp: {
    validate: `anders-kijken validate <bestand.json> [--json] [--lang nl|en]

Controleert de uitbreiding van een gemeente met dezelfde regels als de onderdelen: 112, de acute
signalen en de landelijke contacten blijven, telefoonnummers en websites kloppen, teksten zijn er in
het Nederlands en het Engels. Een bestand met "rules" en "signals" is een hele regelset en wordt als
zodanig gecontroleerd. Met --json één JSON-object: { valid, errors, warnings }.
Stopt met code 1 bij een fout; waarschuwingen alleen (bijvoorbeeld een nummer dat langer dan zes
maanden niet is gecontroleerd) geven code 0.`,
    assess: `anders-kijken assess <invoer.json> [--jsonl] [--patch <uitbreiding.json>] [--lang nl|en]

Beoordeelt een casus: { "age": 15, "observations": { "activity-courier": "clear" } }. Gebruik alleen
geanonimiseerde gegevens: geen namen, geen geboortedata. Met - leest de opdracht van de invoer.
Zonder --jsonl: de uitkomst als JSON, met de uitleg in zinnen ("explanation").
Met --jsonl: één casus per regel, één uitkomst per regel: { "line", "ok", "level", … } of
{ "line", "ok": false, "issues" }. Stopt met code 1 als een casus niet klopt.`,
    catalogue: `anders-kijken catalogue [--format json|csv|md] [--lang nl|en]

De signalen, acute signalen en risicofactoren van de landelijke regelset, in één taal: id, soort,
dimensie, soort bewijs, sterkte, naam, vraag, voorbeelden en bronnen. Standaard JSON.`,
    snippet: `anders-kijken snippet <uitbreiding.json> [--component <element>] [--id <id>] [--folder <map>] [--integrity <sha384-…>]

Schrijft de code voor een pagina: het script van de gedownloade map, de uitbreiding als
<script type="application/json"> en het onderdeel met de gemeente van de uitbreiding.
Standaard: --component ak-referral-guide, --id ak-lokaal, --folder /pad/naar/anders-kijken.
Een uitbreiding met fouten geeft geen code maar de fouten, met code 1.`,
  },
  unknownCommand: (name) => `Onbekende opdracht: ${name}. Zie anders-kijken --help.`,
  unknownOption: (name) => `Onbekende optie: ${name}. Zie anders-kijken --help.`,
  missingFile: (command) => `Geef een bestand op: anders-kijken ${command} <bestand.json>.`,
  missingValue: (option) => `De optie ${option} heeft een waarde nodig.`,
  takesNoValue: (option) => `De optie ${option} heeft geen waarde.`,
  badChoice: (option, value, allowed) => `${option} ${value} bestaat niet; kies uit ${allowed.join(', ')}.`,
  cannotRead: (file, detail) => `${file} kan niet worden gelezen: ${detail}`,
  notFound: 'het bestand bestaat niet.',
  noPermission: 'geen toestemming om het te lezen.',
  notAFile: (kind) => `het is ${NL_NOT_A_FILE[kind]}; verwacht een gewoon bestand.`,
  tooLarge: (file, limit) => `${file} is groter dan ${limit}; een uitbreiding of casus is veel kleiner.`,
  lineTooLong: (file, line, limit) => `${file}, regel ${line}: langer dan ${limit}; verwacht één casus per regel.`,
  notUtf8: (file, line) =>
    `${file} is geen UTF-8 (regel ${line}); sla het op als UTF-8 (Latin-1 en Windows-1252 worden niet gelezen).`,
  stdin: 'de invoer (-)',
  notJson: (file, detail) => `${file} is geen geldige JSON: ${detail}`,
  jsonSyntax: ({ line, column, expected, found }, unit) =>
    `${unit === 'file' ? `regel ${line}, ` : ''}kolom ${column}: verwacht ${
      expected === 'end' ? NL_END[unit] : NL_EXPECTED[expected]
    }, gevonden ${found === undefined ? NL_END[unit] : `'${found}'`}.`,
  jsonUnreadable: 'de plek van de fout is niet gevonden.',
  unexpected: (detail) => `Onverwachte fout in anders-kijken; meld die graag: ${detail}`,
  error: 'fout',
  warning: 'waarschuwing',
  summary: (errors, warnings) =>
    `${plural(errors, 'fout', 'fouten')}, ${plural(warnings, 'waarschuwing', 'waarschuwingen')}.`,
  validPatch: (file) => `${file}: de uitbreiding is in orde.`,
  validRuleset: (file) => `${file}: de regelset is in orde.`,
  line: (n) => `regel ${n}`,
  snippetRefused: 'De uitbreiding heeft fouten; eerst verbeteren, dan volgt de code.',
  noMunicipality: 'De uitbreiding noemt geen gemeente (municipalities); het onderdeel krijgt er geen.',
};

const en: Words = {
  help: `anders-kijken: work with the signals and rules of Anders Kijken on the command line.

Usage:
  anders-kijken validate <file.json> [--json]
      Check a municipality's extension (or a whole ruleset): every error and warning with its
      place in the file. Exits with code 1 on errors.
  anders-kijken assess <input.json> [--jsonl] [--patch <extension.json>]
      Assess an anonymised case; with --jsonl one case per line, one result per line.
  anders-kijken catalogue [--format json|csv|md]
      The signals and risk factors, with questions, examples and sources.
  anders-kijken snippet <extension.json> [--component ak-referral-guide]
      The code for a page: the script, the extension as a data island and the component.

Options for every command:
  --lang nl|en   language of the output (default: from LANG, else Dutch)
  -h, --help     this help

Only regular files in UTF-8 are read, up to 4 MiB; with --jsonl line by line, up to 64 KiB a line.
Control characters in the output are written visibly, as \\u001b.
Exit codes: 0 fine, 1 errors in the file, 2 wrong usage or unreadable.
Nothing is stored and nothing is sent.`,
  commandHelp: {
    validate: `anders-kijken validate <file.json> [--json] [--lang nl|en]

Checks a municipality's extension with the same rules as the components: 112, the acute signals and
the national contacts stay, phone numbers and websites are valid, texts are there in Dutch and
English. A file with "rules" and "signals" is a whole ruleset and is checked as one.
With --json one JSON object: { valid, errors, warnings }.
Exits with code 1 on an error; warnings alone (a number not checked for six months, say) give 0.`,
    assess: `anders-kijken assess <input.json> [--jsonl] [--patch <extension.json>] [--lang nl|en]

Assesses a case: { "age": 15, "observations": { "activity-courier": "clear" } }. Use anonymised
data only: no names, no dates of birth. With - the command reads standard input.
Without --jsonl: the result as JSON, with the explanation in sentences ("explanation").
With --jsonl: one case per line, one result per line: { "line", "ok", "level", … } or
{ "line", "ok": false, "issues" }. Exits with code 1 when a case is not valid.`,
    catalogue: `anders-kijken catalogue [--format json|csv|md] [--lang nl|en]

The signals, acute signals and risk factors of the national ruleset, in one language: id, kind,
dimension, kind of evidence, strength, name, question, examples and sources. JSON by default.`,
    snippet: `anders-kijken snippet <extension.json> [--component <element>] [--id <id>] [--folder <folder>] [--integrity <sha384-…>]

Writes the code for a page: the script of the downloaded folder, the extension as a
<script type="application/json"> and the component with the extension's municipality.
Defaults: --component ak-referral-guide, --id ak-lokaal, --folder /pad/naar/anders-kijken.
An extension with errors gives no code but the errors, with code 1.`,
  },
  unknownCommand: (name) => `Unknown command: ${name}. See anders-kijken --help.`,
  unknownOption: (name) => `Unknown option: ${name}. See anders-kijken --help.`,
  missingFile: (command) => `Give a file: anders-kijken ${command} <file.json>.`,
  missingValue: (option) => `The option ${option} needs a value.`,
  takesNoValue: (option) => `The option ${option} takes no value.`,
  badChoice: (option, value, allowed) => `${option} ${value} does not exist; choose from ${allowed.join(', ')}.`,
  cannotRead: (file, detail) => `${file} cannot be read: ${detail}`,
  notFound: 'the file does not exist.',
  noPermission: 'no permission to read it.',
  notAFile: (kind) => `it is ${EN_NOT_A_FILE[kind]}; expected a regular file.`,
  tooLarge: (file, limit) => `${file} is larger than ${limit}; an extension or case is much smaller.`,
  lineTooLong: (file, line, limit) => `${file}, line ${line}: longer than ${limit}; expected one case per line.`,
  notUtf8: (file, line) =>
    `${file} is not UTF-8 (line ${line}); save it as UTF-8 (Latin-1 and Windows-1252 are not read).`,
  stdin: 'standard input (-)',
  notJson: (file, detail) => `${file} is not valid JSON: ${detail}`,
  jsonSyntax: ({ line, column, expected, found }, unit) =>
    `${unit === 'file' ? `line ${line}, ` : ''}column ${column}: expected ${
      expected === 'end' ? EN_END[unit] : EN_EXPECTED[expected]
    }, found ${found === undefined ? EN_END[unit] : `'${found}'`}.`,
  jsonUnreadable: 'the place of the error was not found.',
  unexpected: (detail) => `Unexpected error in anders-kijken; please report it: ${detail}`,
  error: 'error',
  warning: 'warning',
  summary: (errors, warnings) => `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`,
  validPatch: (file) => `${file}: the extension is in order.`,
  validRuleset: (file) => `${file}: the ruleset is in order.`,
  line: (n) => `line ${n}`,
  snippetRefused: 'The extension has errors; correct them first, then the code follows.',
  noMunicipality: 'The extension names no municipality (municipalities); the component gets none.',
};

export const WORDS: Record<Locale, Words> = { nl, en };
