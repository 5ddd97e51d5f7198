import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  useState,
  type ReactNode,
} from "react";

type ThemeMode = "light" | "dark";
const storageKey = "esim-admin.theme";
const darkQuery = "(prefers-color-scheme: dark)";

interface ThemeChoice {
  mode: ThemeMode;
  toggle: () => void;
}

const ThemeContext = createContext<ThemeChoice>({ mode: "light", toggle: () => undefined });

function subscribeToOs(onChange: () => void): () => void {
  const media = window.matchMedia?.(darkQuery);
  media?.addEventListener("change", onChange);
  return () => media?.removeEventListener("change", onChange);
}

function osPrefersDark(): boolean {
  return window.matchMedia?.(darkQuery).matches ?? false;
}

function storedMode(): ThemeMode | null {
  const value = localStorage.getItem(storageKey);
  return value === "light" || value === "dark" ? value : null;
}

// On a div inside the provider: a className on FluentProvider itself is copied to every portal
// (popovers, dialogs), which would then cover the whole window.
const useStyles = makeStyles({
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
});
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

/** Follows the OS colour scheme until the admin picks one with the toggle. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const osDark = useSyncExternalStore(subscribeToOs, osPrefersDark, () => false);
  const [override, setOverride] = useState<ThemeMode | null>(storedMode);
  const mode: ThemeMode = override ?? (osDark ? "dark" : "light");

  const toggle = useCallback(() => {
    const next: ThemeMode = mode === "dark" ? "light" : "dark";
    localStorage.setItem(storageKey, next);
    setOverride(next);
  }, [mode]);

  const value = useMemo(() => ({ mode, toggle }), [mode, toggle]);
  const styles = useStyles();
  useGlobalStyles();
  return (
    <ThemeContext.Provider value={value}>
      <FluentProvider theme={mode === "dark" ? webDarkTheme : webLightTheme}>
        {/* MessageBars and toasts announce through this; without it they are silent. */}
        <AriaLiveAnnouncer>
          <div className={styles.page}>{children}</div>
        </AriaLiveAnnouncer>
      </FluentProvider>
    </ThemeContext.Provider>
  );
}

export function useTheme(): ThemeChoice {
  return useContext(ThemeContext);
}
