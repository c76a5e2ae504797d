;;; eglot-check.el --- health-lint-ls from Emacs eglot, in batch mode  -*- lexical-binding: t -*-
;; A manual check (needs Emacs 28 + the eglot package, or Emacs 29+; Debian: emacs-nox elpa-eglot):
;;   HL_NODE=$(command -v node) HL_SERVER=$PWD/dist/server.js HL_FILE=/tmp/x/article.txt \
;;     emacs --batch -Q -l test/e2e/editors/eglot-check.el
;; Prints the Flymake diagnostics eglot received and the code actions at the first unhedged claim;
;; the workspace configuration turns uncited-evidence off, so none of those may appear.
(dolist (dir (and (file-directory-p "/usr/share/emacs/site-lisp/elpa")
                  (directory-files "/usr/share/emacs/site-lisp/elpa" t "^[a-z]")))
  (add-to-list 'load-path dir))
(require 'eglot)
(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode html-mode mhtml-mode) . (,(getenv "HL_NODE") ,(getenv "HL_SERVER") "--stdio")))
(setq-default eglot-workspace-configuration '(:healthLint (:rules (:uncited-evidence "off"))))
(find-file (getenv "HL_FILE"))
(text-mode)
;; eglot-ensure waits for the command loop, which batch mode has not got: connect directly.
(apply #'eglot (eglot--guess-contact))
(let ((deadline (+ (float-time) 20)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.2)))
(let ((diagnostics (flymake-diagnostics)))
  (princ (format "%d diagnostics\n" (length diagnostics)))
  (dolist (d diagnostics)
    (let ((text (flymake-diagnostic-text d)))
      (princ (format "  %s\n" (substring text 0 (min 100 (length text))))))))
(let ((server (eglot-current-server)))
  (when server
    (goto-char (point-min))
    (when (re-search-forward "\\bcan [a-z]+ [a-z]+" nil t)
      (goto-char (match-beginning 0)))
    (let ((actions (jsonrpc-request server :textDocument/codeAction
                                    (list :textDocument (eglot--TextDocumentIdentifier)
                                          :range (list :start (eglot--pos-to-lsp-position (point))
                                                       :end (eglot--pos-to-lsp-position (point)))
                                          :context (list :diagnostics [])))))
      (princ (format "code actions: %s\n" (mapconcat (lambda (a) (plist-get a :title)) actions "; "))))
    (eglot-shutdown server)))
