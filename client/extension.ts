// PLACEHOLDER: the extension client is being written now.
export function activate(): void {}
export function deactivate(): void {}
