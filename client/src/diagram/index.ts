import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
export function registerDiagram(_context: vscode.ExtensionContext, _client: LanguageClient): void {}
