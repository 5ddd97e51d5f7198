import { createContext } from "react";

/**
 * Starts downloading the code of the page a pool link opens. The app's routes own that lazy page,
 * so they provide it (`lazyPage(…).preload`); without a provider a pool link prefetches only the
 * pool's data.
 */
export const PoolPagePreload = createContext<() => void>(() => undefined);
