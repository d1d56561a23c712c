import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useRef, useState } from 'preact/hooks';

const TOAST_MS = 4000;

interface ToastApi {
  showToast: (message: string) => void;
}

const ToastContext = createContext<ToastApi>({ showToast: () => {} });

/** Shows short confirmations («Посилання скопійовано») that screen readers announce too. */
export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const showToast = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(null), TOAST_MS);
  }, []);
  const api = useMemo(() => ({ showToast }), [showToast]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div class="toast-region" role="status" aria-live="polite">
        {message && <p class="toast">{message}</p>}
      </div>
    </ToastContext.Provider>
  );
}

/** The function that shows a toast. */
export function useToast(): ToastApi {
  return useContext(ToastContext);
}
