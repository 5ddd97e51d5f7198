import { Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";

/** Copies an id to the clipboard and says so on the button itself for a moment. */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 3000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };
  const label = { idle: "Copy", copied: "Copied", failed: "Copy failed: select the id" }[state];
  return (
    <Button
      size="small"
      appearance="subtle"
      onClick={copy}
      aria-label={`${label} ${what} ${value}`}
    >
      {label}
    </Button>
  );
}
