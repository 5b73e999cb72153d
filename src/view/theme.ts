// The colour theme choice (system, light, dark): remembered in localStorage, cycled by the toggle.
import type { ThemeChoice } from "./store/state.ts";

const KEY = "coauthor-atlas-theme";
const ORDER: ThemeChoice[] = ["system", "dark", "light"];

/** The remembered choice ("system" when none, or when storage is unavailable). */
export function readTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

/** Remembers `theme` ("system" forgets the choice). */
export function writeTheme(theme: ThemeChoice): void {
  try {
    if (theme === "system") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Storage off: the choice lasts for this page only.
  }
}

/** The choice after `theme` in the toggle's cycle: system → dark → light → system. */
export function nextTheme(theme: ThemeChoice): ThemeChoice {
  return ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length];
}
