import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../pools/format";
import type { StateCount } from "./countStates";
import { stateLabel } from "./deviceStateNames";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  count: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground3 },
});

export interface StateFilterChipsProps {
  counts: StateCount[];
  chosen: readonly string[];
  onChange: (states: string[]) => void;
}

/** One toggle per state with its count ("Failed 312"); several can be on at once. */
export function StateFilterChips({ counts, chosen, onChange }: StateFilterChipsProps) {
  const styles = useStyles();
  const toggle = (state: string) =>
    onChange(chosen.includes(state) ? chosen.filter((s) => s !== state) : [...chosen, state]);
  // A state chosen in the URL but absent from the data still gets a chip, so it can be turned off.
  const missing = chosen.filter((state) => !counts.some((entry) => entry.state === state));
  const chips = [...counts, ...missing.map((state) => ({ state, count: 0 }))];
  return (
    <div role="group" aria-label="Filter by state" className={styles.group}>
      {chips.map(({ state, count }) => (
        <ToggleButton
          key={state}
          size="small"
          shape="circular"
          checked={chosen.includes(state)}
          onClick={() => toggle(state)}
        >
          {/* One inline span: the button is a flex box, which would drop the space. */}
          <span>
            {stateLabel(state)} <span className={styles.count}>{formatNumber(count)}</span>
          </span>
        </ToggleButton>
      ))}
    </div>
  );
}
