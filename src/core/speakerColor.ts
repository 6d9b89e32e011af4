/**
 * A speaker keeps the same highlight colour in every article and every session, so the palette
 * slot comes from a hash of the canonical name rather than from the order speakers were found.
 */

/** FNV-1a over the normalised name: small, fast and well spread for short strings. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Palette slot (0 ≤ slot < paletteSize) for a speaker; case and spacing do not change it. */
export function speakerPaletteIndex(name: string, paletteSize: number): number {
  if (paletteSize <= 0) throw new RangeError('paletteSize must be positive');
  const normalised = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return fnv1a(normalised) % paletteSize;
}
