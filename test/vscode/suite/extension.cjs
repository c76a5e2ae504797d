// Inside a real VS Code: the extension activates on a seed article, diagnostics arrive from
// the language server, and a code action is offered for one of them.

const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const vscode = require('vscode');

/** Resolves with the document's Health Lint diagnostics once there are some (Mocha's timeout bounds the wait). */
function healthLintDiagnostics(uri) {
  const current = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'health-lint');
  return new Promise((resolve) => {
    if (current().length > 0) return resolve(current());
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      if (current().length === 0) return;
      listener.dispose();
      resolve(current());
    });
  });
}

describe('Health Lint in VS Code', () => {
  const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const seed = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()[0];

  it('shows diagnostics for a seed article, with rule ids and documentation links', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder, seed)));
    await vscode.window.showTextDocument(document);
    const diagnostics = await healthLintDiagnostics(document.uri);
    assert.ok(diagnostics.length > 0);
    for (const diagnostic of diagnostics) {
      assert.equal(typeof diagnostic.code, 'object');
      assert.match(String(diagnostic.code.target), /\/docs\/rules\/[a-z-]+\.md$/);
    }
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code.value === 'unhedged-claim'));
  });

  it('offers a quick fix for an unhedged claim', async () => {
    const uri = vscode.Uri.file(path.join(folder, seed));
    const diagnostics = await healthLintDiagnostics(uri);
    const claim = diagnostics.find((diagnostic) => diagnostic.code.value === 'unhedged-claim');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, claim.range, vscode.CodeActionKind.QuickFix.value);
    const ours = actions.filter((action) => action.diagnostics && action.diagnostics.some((d) => d.source === 'health-lint'));
    assert.ok(ours.length > 0, `expected Health Lint quick fixes, got: ${actions.map((action) => action.title).join(', ')}`);
  });

  it('has the Restart Server command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('healthLint.restartServer'));
  });
});
