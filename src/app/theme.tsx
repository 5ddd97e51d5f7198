import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
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

const useStyles = makeStyles({ root: { minHeight: "100vh" } });
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
      <FluentProvider
        theme={mode === "dark" ? webDarkTheme : webLightTheme}
        className={styles.root}
      >
        {/* MessageBars and toasts announce through this; without it they are silent. */}
        <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
      </FluentProvider>
    </ThemeContext.Provider>
  );
}

export function useTheme(): ThemeChoice {
  return useContext(ThemeContext);
}
