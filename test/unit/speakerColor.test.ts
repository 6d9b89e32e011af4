import * as assert from 'node:assert/strict';
import { speakerPaletteIndex } from '../../src/core/speakerColor';

describe('speakerPaletteIndex', () => {
  it('is stable and ignores case and spacing', () => {
    const a = speakerPaletteIndex('Sergey Lavrov', 8);
    assert.equal(speakerPaletteIndex('Sergey Lavrov', 8), a);
    assert.equal(speakerPaletteIndex('  sergey   LAVROV ', 8), a);
  });

  it('stays inside the palette and spreads names over it', () => {
    const names = ['Sergey Lavrov', 'Wang Yi', 'Wang Wenbin', 'Antony Blinken', 'Ola Berg', 'the Foreign Ministry', 'Xi Jinping', 'Olaf Scholz', 'Emmanuel Macron', 'Ursula von der Leyen'];
    const slots = new Set(names.map((n) => speakerPaletteIndex(n, 8)));
    for (const s of slots) assert.ok(s >= 0 && s < 8);
    assert.ok(slots.size >= 4, `only ${slots.size} distinct slots`);
  });

  it('rejects an empty palette', () => {
    assert.throws(() => speakerPaletteIndex('x', 0), RangeError);
  });
});
