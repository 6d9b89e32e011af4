import type * as vscode from 'vscode';
import type { AnnotationsFeature } from './annotations/register';
import type { Highlighter } from './highlights/highlighter';
import type { ArticleIndex } from './index/articleIndex';
import type { ArticlesTreeProvider } from './views/articlesTree';
import type { SpeakersTreeProvider } from './views/speakersTree';
import type { TreeNode } from './views/treeNodes';

/** What `activate` returns: the pieces integration tests inspect (not a stable public API). */
export interface ClaimAnnotatorApi {
  index: ArticleIndex;
  articlesTree: ArticlesTreeProvider;
  articlesView: vscode.TreeView<TreeNode>;
  speakersTree: SpeakersTreeProvider;
  speakersView: vscode.TreeView<TreeNode>;
  highlighter: Highlighter;
  statusItem: vscode.StatusBarItem;
  annotations: AnnotationsFeature;
}
