// PLACEHOLDER: the command line is being written now.
export {};
