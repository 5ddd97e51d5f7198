import type { CDPSession, Page } from "@playwright/test";

/** What the bench asks of the page through the DevTools protocol. */
export interface DevTools {
  /** Every load fetches the JS and CSS again, as on a first visit. */
  disableHttpCache(): Promise<void>;
  /** 1 is full speed. */
  slowCpuBy(rate: number): Promise<void>;
  /** After a full garbage collection, so what is measured is what the page holds on to. */
  jsHeapUsedBytes(): Promise<number>;
  session: CDPSession;
}

export async function openDevTools(page: Page): Promise<DevTools> {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  await session.send("Performance.enable");
  return {
    session,
    disableHttpCache: async () =>
      void (await session.send("Network.setCacheDisabled", { cacheDisabled: true })),
    slowCpuBy: async (rate) =>
      void (await session.send("Emulation.setCPUThrottlingRate", { rate })),
    jsHeapUsedBytes: async () => {
      await session.send("HeapProfiler.collectGarbage");
      const { metrics } = await session.send("Performance.getMetrics");
      const used = metrics.find((metric) => metric.name === "JSHeapUsedSize");
      if (!used) throw new Error("Chromium reported no JSHeapUsedSize metric.");
      return used.value;
    },
  };
}
