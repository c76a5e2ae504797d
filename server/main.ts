// PLACEHOLDER: the language server is being written now.
export {};
