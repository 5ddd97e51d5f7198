import { Toast, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";
import { useEffect } from "react";
import { onRetryAnnounced, retrySentence } from "./retryNotices";

/** "Throttled, retrying" notices for any Graph request, as one updating toast. */
export function RetryNotices() {
  const toasterId = useId("retry-toaster");
  const { dispatchToast, updateToast } = useToastController(toasterId);

  useEffect(
    () =>
      onRetryAnnounced((event) => {
        const content = (
          <Toast>
            <ToastTitle>{retrySentence(event)}</ToastTitle>
          </Toast>
        );
        const options = { toastId: "graph-retry", intent: "warning" as const, timeout: 6000 };
        // One toast for a run of retries: update it when shown, otherwise show it (a dispatch
        // with an id already on screen is ignored).
        updateToast({ ...options, content });
        dispatchToast(content, options);
      }),
    [dispatchToast, updateToast],
  );

  return <Toaster toasterId={toasterId} position="bottom-end" />;
}
