import { act, render, screen } from "@testing-library/react";
import { onTestFinished } from "vitest";
import { createPagedLoad } from "../../graph/pagedLoad";
import type { DeviceStateLoad, DeviceStates } from "./deviceStateLoad";
import { deviceRow } from "./testRows";
import type { DeviceStateRow } from "./types";
import { usePacedDeviceStates } from "./usePacedDeviceStates";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A load whose pages of one row never stop coming, one every few milliseconds. */
function endlessLoad(): DeviceStateLoad {
  const load = createPagedLoad<DeviceStateRow>("page-1", async function* (_url, signal) {
    for (let page = 1; !signal.aborted; page += 1) {
      await wait(2);
      yield { items: [deviceRow(`Device ${page}`, "installed")], url: "", nextUrl: "more" };
    }
  });
  onTestFinished(() => load.stop());
  return load;
}

/** Each of its parts takes a while to render, as 50,000 rows do on a slow device. */
function SlowPart() {
  const until = performance.now() + 4;
  while (performance.now() < until);
  return null;
}

function DeviceCount({ load }: { load: DeviceStateLoad }) {
  const states = usePacedDeviceStates(load);
  return (
    <>
      <p>{`${states.count} shown`}</p>
      {states.count > 0 && Array.from({ length: 10 }, (_, index) => <SlowPart key={index} />)}
    </>
  );
}

describe("usePacedDeviceStates", () => {
  it("shows what has loaded while pages keep arriving faster than it renders", async () => {
    render(<DeviceCount load={endlessLoad()} />);
    expect(await screen.findByText(/^[1-9]\d* shown$/, {}, { timeout: 3_000 })).toBeVisible();
    // And keeps catching up, not only with the first page.
    const caughtUp = (text: string) => /^\d+ shown$/.test(text) && parseInt(text, 10) >= 20;
    expect(await screen.findByText(caughtUp, {}, { timeout: 3_000 })).toBeVisible();
  });

  it("still shows a change that follows a notice with nothing new", async () => {
    let snapshot: DeviceStates = { status: "loading", pages: [], count: 0, error: undefined };
    const listeners = new Set<() => void>();
    const notify = () => listeners.forEach((listener) => listener());
    const load: DeviceStateLoad = {
      getSnapshot: () => snapshot,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      start: () => undefined,
      stop: () => undefined,
      reload: () => undefined,
    };
    render(<DeviceCount load={load} />);
    await act(async () => {
      notify();
      await wait(20);
    });
    await act(async () => {
      snapshot = { ...snapshot, pages: [[deviceRow("Device 1", "installed")]], count: 1 };
      notify();
      await wait(20);
    });
    expect(await screen.findByText("1 shown")).toBeVisible();
  });
});
