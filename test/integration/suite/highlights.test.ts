import * as assert from 'assert';
import * as vscode from 'vscode';
import { speakerPaletteIndex } from '../../../src/core/speakerColor';
import { Commands } from '../../../src/extension/constants';
import { canonical, closeAllEditors, expectedArticles, extensionApi, waitFor, type ExpectedArticle } from './claimAnnotatorHelpers';
import { screenshot } from './screenshot';

type Spans = Record<string, { start: number; end: number }[]>;

function expectedSpans(article: ExpectedArticle, speakerOf: (local: string | null) => string | null): Spans {
  const spans: Spans = {};
  const add = (kind: string, s: { start: number; end: number }): void => {
    if (s.end > s.start) (spans[kind] ??= []).push({ start: s.start, end: s.end });
  };
  for (const q of article.analysis.quotes) {
    if (q.kind !== 'speech') {
      add('softQuote', q);
      continue;
    }
    const name = speakerOf(q.speaker);
    add(name === null ? 'unattributed' : `speaker${speakerPaletteIndex(name, 8) + 1}`, q);
    if (q.cue) add('cue', q.cue);
  }
  for (const c of article.analysis.claims) add('claim', c);
  return spans;
}

const decorations = (): Thenable<Spans> => vscode.commands.executeCommand<Spans>(Commands.testDecorations);

describe('highlights', () => {
  before(extensionApi);
  after(closeAllEditors);

  it('paints every quote by speaker colour, cues, soft quotes and claims of the open article', async () => {
    const { articles, corpus } = await expectedArticles();
    const article = [...articles].sort((a, b) => b.analysis.quotes.length - a.analysis.quotes.length)[0];
    assert.ok(article.analysis.quotes.length > 0, 'no article has quotes');
    await vscode.window.showTextDocument(article.uri);
    const applied = await waitFor('decorations', async () => {
      const d = await decorations();
      return Object.keys(d).length ? d : undefined;
    });
    assert.deepStrictEqual(applied, expectedSpans(article, (local) => canonical(corpus, article, local)));
    assert.ok(Object.keys(applied).some((k) => k.startsWith('speaker')), 'some quote is coloured by speaker');
    await vscode.commands.executeCommand('workbench.view.extension.claimAnnotator');
    await vscode.commands.executeCommand(Commands.revealArticleInTree, article.uri);
    await vscode.window.showTextDocument(article.uri);
    await screenshot('highlights');
  });

  it('keeps a speaker in the same colour in every article', async () => {
    const { articles, corpus } = await expectedArticles();
    const slots = new Map<string, Set<string>>();
    for (const article of articles.filter((a) => a.analysis.quotes.length)) {
      await vscode.window.showTextDocument(article.uri);
      const d = await waitFor('decorations', async () => {
        const spans = await decorations();
        return Object.keys(spans).length ? spans : undefined;
      });
      for (const q of article.analysis.quotes) {
        const name = canonical(corpus, article, q.speaker);
        if (q.kind !== 'speech' || name === null) continue;
        const kind = Object.keys(d).find((k) => k.startsWith('speaker') && d[k].some((s) => s.start === q.start));
        assert.ok(kind, `${article.name}: quote at ${q.start} is highlighted`);
        (slots.get(name) ?? slots.set(name, new Set()).get(name))?.add(kind);
      }
    }
    for (const [name, kinds] of slots) assert.strictEqual(kinds.size, 1, `${name} has one colour`);
  });

  it('Toggle Highlights clears and restores them', async () => {
    const { articles } = await expectedArticles();
    const article = articles.find((a) => a.analysis.quotes.length) ?? articles[0];
    await vscode.window.showTextDocument(article.uri);
    await waitFor('decorations', async () => Object.keys(await decorations()).length > 0 || undefined);
    await vscode.commands.executeCommand(Commands.toggleHighlights);
    await waitFor('no decorations', async () => Object.keys(await decorations()).length === 0 || undefined);
    await vscode.commands.executeCommand(Commands.toggleHighlights);
    await waitFor('decorations again', async () => Object.keys(await decorations()).length > 0 || undefined);
  });
});
