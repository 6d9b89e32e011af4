import * as assert from 'node:assert/strict';
import { escapeMarkdown, escapeMarkdownExcerpt } from '../../src/core/markdownEscape';

describe('escapeMarkdown', () => {
  it('leaves plain words alone', () => {
    assert.equal(escapeMarkdown('We will respond'), 'We will respond');
  });

  it('neutralises links, command links and emphasis', () => {
    const out = escapeMarkdown('[click](command:workbench.action.quit) *bold* _it_');
    assert.equal(out, '\\[click\\]\\(command\\:workbench\\.action\\.quit\\) \\*bold\\* \\_it\\_');
  });

  it('neutralises HTML, code and theme icons', () => {
    assert.equal(escapeMarkdown('<img src=x> `code` $(alert)'), '\\<img src\\=x\\> \\`code\\` \\$\\(alert\\)');
  });

  it('escapes the backslash itself first', () => {
    assert.equal(escapeMarkdown('a\\*b'), 'a\\\\\\*b');
  });

  it('turns line breaks into spaces so a quote cannot start a heading or list', () => {
    assert.equal(escapeMarkdown('one\r\n# two\n- three'), 'one \\# two \\- three');
  });
});

describe('escapeMarkdownExcerpt', () => {
  it('shortens before escaping and marks the cut', () => {
    assert.equal(escapeMarkdownExcerpt('abcdefghij', 6), 'abcde…');
    assert.equal(escapeMarkdownExcerpt('a*b*c*d*e', 4), 'a\\*b…');
  });

  it('collapses whitespace', () => {
    assert.equal(escapeMarkdownExcerpt('  a \n\n b  ', 10), 'a b');
  });
});
