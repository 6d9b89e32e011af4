/** Small words that stand inside names and titles ("Bank of England", "Ursula von der Leyen"). */

/** Words a name phrase may hold between its capitalised words, and which are trimmed from its ends. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'de', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'da', 'di', 'du', 'del', 'dos', 'the', 'for', '&']);

/** Lowercase particles that belong to a personal name ("de la Cruz", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'da', 'di', 'du', 'del', 'dos']);

/** Lowercase words that join two capitalised runs into one when scanning a sentence for names. */
export const RUN_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'to', 'for', 'de', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'da', 'di', 'du', 'del', 'and']);
