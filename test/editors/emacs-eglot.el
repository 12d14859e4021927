;;; emacs-eglot.el --- Drive the policy-brief server from Emacs's eglot, in batch mode.
;; Reads BRIEF (the file to open), SERVER (server.js) and RESULT_FILE from the environment,
;; waits for the diagnostics eglot hands to flymake, hovers the first "TTP", asks for code
;; actions on the first "1,700" the way `M-x eglot-code-actions' does and applies the
;; preferred one, then writes what Emacs received as JSON. Errors end up in the JSON too.
(require 'eglot)
(require 'json)

(defvar pb-result nil "What Emacs received, as an alist for `json-encode'.")

(defun pb-wait (what predicate)
  "Wait up to 20 s for PREDICATE, reading server output meanwhile."
  (let ((deadline (+ (float-time) 20)))
    (while (and (< (float-time) deadline) (not (funcall predicate)))
      (accept-process-output nil 0.1))
    (unless (funcall predicate) (error "Timed out waiting for %s" what))))

;; Debian's Emacs has no markdown-mode package by default; eglot names the language after the
;; mode ("markdown"), as it would with the real one.
(unless (fboundp 'markdown-mode) (define-derived-mode markdown-mode text-mode "Markdown"))
(add-to-list 'eglot-server-programs
             `(markdown-mode . ("node" ,(getenv "SERVER") "--stdio")))

(condition-case err
    (progn
      (find-file (getenv "BRIEF"))
      (markdown-mode)
      (apply #'eglot (eglot--guess-contact))
      (pb-wait "the server" #'eglot-current-server)
      (pb-wait "diagnostics" #'flymake-diagnostics)
      (push (cons 'diagnostics
                  (vconcat (mapcar (lambda (d)
                                     `((line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
                                       (col . ,(save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column)))
                                       (end_col . ,(save-excursion (goto-char (flymake-diagnostic-end d)) (current-column)))
                                       (type . ,(symbol-name (flymake-diagnostic-type d)))
                                       (message . ,(flymake-diagnostic-text d))))
                                   (flymake-diagnostics))))
            pb-result)
      (goto-char (point-min))
      (search-forward "TTP")
      (backward-char 2)
      (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                    (eglot--TextDocumentPositionParams))))
        (push (cons 'hover (plist-get (plist-get hover :contents) :value)) pb-result))
      (goto-char (point-min))
      (search-forward "1,700")
      (backward-char 2)
      (let* ((actions (eglot-code-actions (point)))
             (preferred (seq-find (lambda (a) (plist-get a :isPreferred)) actions)))
        (push (cons 'actions (vconcat (mapcar (lambda (a) (plist-get a :title)) actions))) pb-result)
        (when preferred (eglot--apply-workspace-edit (plist-get preferred :edit)))
        (push (cons 'text_after_fix (buffer-substring-no-properties (point-min) (point-max))) pb-result)))
  (error (push (cons 'error (error-message-string err)) pb-result)))

(with-temp-file (getenv "RESULT_FILE") (insert (json-encode pb-result)))
(kill-emacs 0)
