import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ArticleIndex } from '../index/articleIndex';
import { goToSpeaker } from './goToSpeaker';
import { register as registerOpenRange } from './openRange';
import { showAllQuotes } from './showAllQuotes';
import { resolveSpeaker } from './speakerTarget';
import { stepBySpeaker } from './stepBySpeaker';

export function register(context: vscode.ExtensionContext, index: ArticleIndex): void {
  registerOpenRange(context);
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.nextQuoteBySpeaker, (arg?: unknown) => stepBySpeaker(index, 1, arg)),
    vscode.commands.registerCommand(Commands.previousQuoteBySpeaker, (arg?: unknown) => stepBySpeaker(index, -1, arg)),
    vscode.commands.registerCommand(Commands.showAllQuotesBySpeaker, (arg?: unknown) => showAllQuotes(index, arg)),
    vscode.commands.registerCommand(Commands.goToSpeaker, (arg?: unknown) => goToSpeaker(index, arg === undefined ? undefined : resolveSpeaker(index, arg))),
  );
}
