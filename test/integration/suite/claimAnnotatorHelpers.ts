// Shared by the feature tests: the extension's test API, and the expected results computed by
// running the engine on the same files, so the tests follow the engine and the samples as they change.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyzeArticle, articleFormat, canonicalizeCorpus, type ArticleAnalysis, type CorpusIndex, type Quote } from '../../../src/core';
import { applySpeakerCorrections, applySpeakerDirectory, readSpeakerCorrections, readSpeakerDirectory, speakerHintsFromDirectory } from '../../../src/core/speakerCorrections';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';

export const EXTENSION_ID = 'claim-annotator.claim-annotator';

/** The activated extension's API, with the workspace fully indexed. */
export async function extensionApi(): Promise<ClaimAnnotatorApi> {
  const ext = vscode.extensions.getExtension<ClaimAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.index.start();
  await api.index.whenIdle();
  return api;
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return folder;
}

export interface ExpectedArticle {
  uri: vscode.Uri;
  id: string;
  name: string;
  analysis: ArticleAnalysis;
  title: string;
}

/** A file's text, or undefined when it does not exist. */
export async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Every .txt/.md article of the fixture workspace, analysed here the way the extension does it
 * (speaker directory and sidecar corrections applied), in path order.
 */
export async function expectedArticles(): Promise<{ articles: ExpectedArticle[]; corpus: CorpusIndex }> {
  const folder = workspaceFolder();
  const directoryText = await readIfExists(vscode.Uri.joinPath(folder.uri, '.claim-annotator', 'speakers.yaml'));
  const directoryRead = directoryText === undefined ? undefined : readSpeakerDirectory(directoryText);
  const directory = directoryRead?.ok ? directoryRead.value : [];
  const uris = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{txt,md}'), '**/node_modules/**'))
    .filter((u) => !u.path.includes('/.git/'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const articles: ExpectedArticle[] = [];
  for (const uri of uris) {
    const document = await vscode.workspace.openTextDocument(uri);
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const sidecarText = await readIfExists(uri.with({ path: `${uri.path}.annotations.yaml` }));
    const sidecar = sidecarText === undefined ? undefined : readSpeakerCorrections(sidecarText);
    const raw = analyzeArticle(document.getText(), { format: articleFormat(name), fileName: name, speakerHints: speakerHintsFromDirectory(directory) });
    const analysis = applySpeakerDirectory(applySpeakerCorrections(raw, sidecar?.ok ? sidecar.value : []).analysis, directory);
    articles.push({ uri, id: uri.toString(), name, analysis, title: analysis.meta.title.trim() || name });
  }
  const corpus = canonicalizeCorpus(articles.map((a) => ({ id: a.id, analysis: a.analysis })));
  return { articles, corpus };
}

export function canonical(corpus: CorpusIndex, article: ExpectedArticle, local: string | null): string | null {
  return local === null ? null : (corpus.canonicalName(article.id, local) ?? local);
}

/** Every speech quote of a speaker across the articles, in article then text order. */
export function speakerQuotes(articles: ExpectedArticle[], corpus: CorpusIndex, name: string): { article: ExpectedArticle; quote: Quote }[] {
  return articles.flatMap((article) =>
    article.analysis.quotes
      .filter((q) => q.kind === 'speech' && canonical(corpus, article, q.speaker) === name)
      .sort((a, b) => a.start - b.start)
      .map((quote) => ({ article, quote })),
  );
}

/** A speaker quoted in at least two articles, preferring the one with the most quotes. */
export function speakerInTwoArticles(articles: ExpectedArticle[], corpus: CorpusIndex): { name: string; quotes: { article: ExpectedArticle; quote: Quote }[] } {
  const names = new Set(articles.flatMap((a) => a.analysis.quotes.map((q) => canonical(corpus, a, q.speaker)).filter((n): n is string => n !== null)));
  const candidates = [...names]
    .map((name) => ({ name, quotes: speakerQuotes(articles, corpus, name) }))
    .filter((c) => new Set(c.quotes.map((q) => q.article.id)).size >= 2)
    .sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  assert.ok(candidates.length > 0, 'the samples have no speaker quoted in two articles');
  return candidates[0];
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Thenable<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
