import * as assert from 'node:assert/strict';
import { minimatch } from 'minimatch';
import { DEFAULT_ARTICLE_EXCLUDE, DEFAULT_ARTICLE_INCLUDE } from '../../src/core/articleGlobs';
import { expandBraces, globMatcher } from '../../src/core/glob';

describe('glob patterns', () => {
  it('match the article defaults as the settings mean them', () => {
    const include = DEFAULT_ARTICLE_INCLUDE.map((g) => globMatcher(g));
    const exclude = DEFAULT_ARTICLE_EXCLUDE.map((g) => globMatcher(g, { dot: true }));
    const isArticle = (p: string): boolean => include.some((m) => m(p)) && !exclude.some((m) => m(p));
    for (const p of ['a.txt', 'news/2024/b.md', 'deep/er/c.txt']) assert.ok(isArticle(p), p);
    for (const p of ['a.yaml', 'a.txt.annotations.yaml', 'node_modules/pkg/README.md', 'x/node_modules/y.txt', '.git/COMMIT.txt', '.hidden/node_modules/a.md', '.notes/a.txt']) assert.ok(!isArticle(p), p);
    // a folder named with its trailing slash, as a walk names it to prune it
    assert.ok(globMatcher('**/node_modules/**', { dot: true })('.cache/node_modules/'));
  });

  it('read wildcards, classes, alternatives and escapes', () => {
    const m = (pattern: string, path: string, dot = false): boolean => globMatcher(pattern, { dot })(path);
    assert.ok(m('*.{txt,md}', 'a.md') && !m('*.{txt,md}', 'a.yaml'));
    assert.ok(m('a/**/b', 'a/b') && m('a/**/b', 'a/x/y/b') && !m('a/**', 'a') && m('a/**', 'a/x'));
    assert.ok(m('[a-c]?.txt', 'bz.txt') && !m('[!a-c]?.txt', 'bz.txt') && m('[!a-c]?.txt', 'dz.txt'));
    assert.ok(m('\\*.txt', '*.txt') && !m('\\*.txt', 'a.txt'));
    assert.ok(!m('*', '.hidden') && m('*', '.hidden', true) && m('.*', '.hidden') && !m('*', '..', true));
    assert.ok(!m('b/*', 'b/') && m('*', 'a/'));
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.deepEqual(expandBraces('{a}'), ['{a}']);
  });

  it('agree with minimatch on random patterns and paths', () => {
    const segments = ['a', 'b', 'ab', '.', 'x', '*', '?', '[ab]', '[!a]', '[a-c]', '.md', '.txt', 'node_modules', '{a,b}', '{x,{a,b}}', '*.txt', '*.{txt,md}', '.git', '-', '\\*'];
    const names = ['a', 'b', 'ab', 'x', '.git', 'node_modules', 'a.txt', 'b.md', '.hidden', 'c.annotations.yaml', '.a.txt', '.', '..', 'a-b', 'aab', '*', '{a,b}', 'a,b'];
    for (const seed of [7, 1234]) {
      let state = seed;
      const next = (n: number): number => {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return (state >>> 0) % n;
      };
      const differ: string[] = [];
      for (let i = 0; i < 1500; i++) {
        const parts: string[] = [];
        for (let k = 1 + next(4); k > 0; k--) parts.push(next(4) === 0 ? '**' : segments[next(segments.length)] + (next(2) ? segments[next(segments.length)] : ''));
        const pattern = parts.join('/');
        // `..` is not resolved in patterns (minimatch folds "a/../b"); a walk's paths have none
        if (pattern.split('/').includes('..')) continue;
        for (const dot of [false, true]) {
          const ours = globMatcher(pattern, { dot });
          for (let j = 0; j < 10; j++) {
            const path = Array.from({ length: 1 + next(4) }, () => names[next(names.length)]).join('/') + (next(5) === 0 ? '/' : '');
            if (ours(path) !== minimatch(path, pattern, { dot })) differ.push(`${pattern} ${path} dot=${dot}`);
          }
        }
      }
      assert.deepEqual(differ.slice(0, 5), [], `seed ${seed}: ${differ.length} differences`);
    }
  });
});
