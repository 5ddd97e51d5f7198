const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** kB = 1,000 bytes, as Vite and the goals count them. */
export const kB = (bytes: number) => `${oneDecimal.format(bytes / 1000)} kB`;
export const ms = (value: number) => `${whole.format(value)} ms`;
export const MB = (value: number) => `${oneDecimal.format(value)} MB`;
export const count = (value: number) => whole.format(value);
export const times = (ratio: number) => `${oneDecimal.format(ratio)}×`;
