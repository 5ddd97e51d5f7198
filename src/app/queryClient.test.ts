import { onlineManager } from "@tanstack/react-query";
import { onTestFinished } from "vitest";
import { createQueryClient } from "./queryClient";

/** TanStack Query's own idea of the connection, as after the browser's `offline` event. */
function goOffline() {
  onlineManager.setOnline(false);
  onTestFinished(() => onlineManager.setOnline(true));
}

describe("the app's query client while the browser is offline", () => {
  it("runs a mutation at once (to fail), instead of holding it to send when back online", async () => {
    goOffline();
    const mutationFn = vi.fn(async () => {
      throw new Error("You appear to be offline; nothing was sent.");
    });
    const client = createQueryClient();
    const mutation = client.getMutationCache().build(client, { mutationFn });

    await expect(mutation.execute(undefined)).rejects.toThrow(/offline/);
    expect(mutationFn).toHaveBeenCalledTimes(1);
    expect(mutation.state.isPaused).toBe(false);
  });

  it("runs a read at once too: nothing waits for the connection to come back", async () => {
    goOffline();
    const client = createQueryClient();
    const queryFn = vi.fn(async () => "fresh");

    await expect(client.fetchQuery({ queryKey: ["re-read"], queryFn })).resolves.toBe("fresh");
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
