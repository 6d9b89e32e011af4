import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { mergeSpeakers } from './mergeSpeakers';
import { setSpeaker } from './setSpeaker';

export function register(context: vscode.ExtensionContext, index: ArticleIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.setSpeaker, (arg?: unknown, name?: unknown) => setSpeaker(index, arg, typeof name === 'string' ? name : undefined)),
    vscode.commands.registerCommand(Commands.mergeSpeakers, (from?: unknown, into?: unknown) => mergeSpeakers(index, from, into)),
  );
}
