import { Toast, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";
import { useEffect } from "react";
import { onRetryAnnounced, retrySentence } from "./retryNotices";

/** "Throttled, retrying" notices for any Graph request, as one updating toast. */
export function RetryNotices() {
  const toasterId = useId("retry-toaster");
  const { dispatchToast, updateToast } = useToastController(toasterId);

  useEffect(() => {
    let shown = false;
    return onRetryAnnounced((event) => {
      const content = (
        <Toast>
          <ToastTitle>{retrySentence(event)}</ToastTitle>
        </Toast>
      );
      const options = { toastId: "graph-retry", intent: "warning" as const, timeout: 6000 };
      if (shown) updateToast({ ...options, content });
      else
        dispatchToast(content, {
          ...options,
          onStatusChange: (_e, data) => (shown = data.status !== "unmounted"),
        });
      shown = true;
    });
  }, [dispatchToast, updateToast]);

  return <Toaster toasterId={toasterId} position="bottom-end" />;
}
