import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleFormat, DEFAULT_ARTICLE_EXCLUDE, DEFAULT_ARTICLE_INCLUDE } from '../../src/core';
import { isArticle } from '../../src/cli/files';
import { repoRoot } from './helpers/bundle';

describe('article globs', () => {
  it('are the defaults the extension manifest declares', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes?: { configuration?: { properties?: Record<string, { default?: unknown }> } };
    };
    const props = manifest.contributes?.configuration?.properties ?? {};
    // Only checked once the extension declares the settings; then the two lists must not drift apart.
    if (props['claimAnnotator.articles.include']) assert.deepEqual(props['claimAnnotator.articles.include'].default, DEFAULT_ARTICLE_INCLUDE);
    if (props['claimAnnotator.articles.exclude']) assert.deepEqual(props['claimAnnotator.articles.exclude'].default, DEFAULT_ARTICLE_EXCLUDE);
  });

  it('select articles and skip dependencies, git data and sidecars', () => {
    assert.ok(isArticle('a.txt'));
    assert.ok(isArticle('news/2024/b.md'));
    assert.ok(!isArticle('a.yaml'));
    assert.ok(!isArticle('a.annotations.yaml'));
    assert.ok(!isArticle('node_modules/pkg/README.md'));
    assert.ok(!isArticle('deep/node_modules/x.txt'));
    assert.ok(!isArticle('.git/COMMIT_EDITMSG.txt'));
  });

  it('decide the format by extension alone', () => {
    assert.equal(articleFormat('a/b.MD'), 'markdown');
    assert.equal(articleFormat('b.markdown'), 'markdown');
    assert.equal(articleFormat('b.txt'), 'text');
    assert.equal(articleFormat('md'), 'text');
  });
});
