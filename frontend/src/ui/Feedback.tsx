// Two pieces of feedback every screen uses: a confirmation before anything irreversible (one
// modal <dialog>: focus moves into it, Escape cancels, focus returns to the button) and a
// status region that announces what just succeeded (aria-live, so screen readers hear it).
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface ConfirmOptions {
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  /** "danger" for ending or removing something. */
  tone?: "primary" | "danger";
}

type Ask = (options: ConfirmOptions) => Promise<boolean>;
type Toast = (message: string) => void;

const ConfirmContext = createContext<Ask | null>(null);
// Without a provider (component tests) a success message goes nowhere.
const ToastContext = createContext<Toast>(() => undefined);

/** `ask({...})` opens the confirmation dialog and resolves true when the person confirms. */
export function useConfirm(): Ask {
  const ask = useContext(ConfirmContext);
  if (!ask) throw new Error("useConfirm needs a FeedbackProvider");
  return ask;
}

/** `toast("Saved.")` shows and announces a success message for a few seconds. */
export function useToast(): Toast {
  return useContext(ToastContext);
}

interface Pending extends ConfirmOptions {
  resolve: (ok: boolean) => void;
}

const TOAST_MS = 6000;

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ text: string; n: number } | null>(null);
  const ask = useCallback<Ask>((options) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })), []);
  const toast = useCallback<Toast>((text) => setMessage((m) => ({ text, n: (m?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return (
    <ConfirmContext.Provider value={ask}>
      <ToastContext.Provider value={toast}>
        {children}
        {pending ? <ConfirmDialog options={pending} onClose={close} /> : null}
        {/* Always in the page, so the announcement is heard when its text changes. */}
        <div className="toast-region" role="status" aria-live="polite" aria-atomic="true">
          {message ? (
            <div key={message.n} className="toast" data-testid="toast">
              <span aria-hidden="true">✓ </span>
              {message.text}
              <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => setMessage(null)}>
                ×
              </button>
            </div>
          ) : null}
        </div>
      </ToastContext.Provider>
    </ConfirmContext.Provider>
  );
}

function ConfirmDialog({ options, onClose }: { options: ConfirmOptions; onClose: (ok: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the browser's modal dialog makes the rest of the page inert.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    // The safe choice has the focus: Enter does not confirm by accident.
    cancelRef.current?.focus();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={options.body ? bodyId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
      data-testid="confirm-dialog"
    >
      <h2 id={titleId}>{options.title}</h2>
      {options.body ? (
        <div id={bodyId} className="confirm-body">
          {options.body}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className={`btn ${options.tone === "danger" ? "btn-danger" : "btn-primary"}`} onClick={() => onClose(true)} data-testid="confirm-ok">
          {options.confirmLabel}
        </button>
        <button type="button" ref={cancelRef} className="btn btn-ghost" onClick={() => onClose(false)} data-testid="confirm-cancel">
          Cancel
        </button>
      </div>
    </dialog>
  );
}
