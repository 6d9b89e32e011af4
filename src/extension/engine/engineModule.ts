/**
 * The analysis engine as the extension uses it, bundled apart (dist/engineModule.js) and loaded
 * by ./loadEngine on the first analysis, not at activation: it is two thirds of the extension's
 * code. Everything the extension takes from the engine comes from here, so that the results, the
 * records an edit keeps of them (keptByEdit) and the texts it reads (EditedText) are one copy's.
 */
export { analyzeArticle, analyzeEditDetailed, analyzeForEditing, editableCopy, EditedText, keptByEdit } from '../../core';
