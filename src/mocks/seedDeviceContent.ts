/** What the seed's device states say: device names, user names and state details. */

export type Random = () => number;

interface Person {
  first: string;
  last: string;
  upn: string;
}

const NAMES: readonly Omit<Person, "upn">[] = [
  { first: "Adele", last: "Vance" },
  { first: "Alex", last: "Wilber" },
  { first: "Diego", last: "Siciliani" },
  { first: "Grady", last: "Archie" },
  { first: "Isaiah", last: "Langer" },
  { first: "Johanna", last: "Lorenz" },
  { first: "Lee", last: "Gu" },
  { first: "Lidia", last: "Holloway" },
  { first: "Megan", last: "Bowen" },
  { first: "Miriam", last: "Graham" },
  { first: "Nestor", last: "Wilke" },
  { first: "Patti", last: "Fernandez" },
  { first: "Pradeep", last: "Gupta" },
  { first: "Zoë", last: "Ångström" },
  { first: "José", last: "Núñez" },
  { first: "Björn", last: "Öztürk" },
  { first: "Siobhán", last: "O'Connor" },
  { first: "Łukasz", last: "Wróbel" },
  { first: "Renée", last: "Lévesque" },
  { first: "François", last: "Côté" },
  { first: "Ngozi", last: "Okafor" },
  { first: "Aiko", last: "Tanaka" },
];
const PEOPLE: readonly Person[] = NAMES.map((name) => ({ ...name, upn: toUpn(name) }));

/**
 * Names a CSV export must neutralise (a leading =, +, - or @ is a formula in a spreadsheet) or
 * quote (a comma, double quotes). Both seeded pools with device states hold every one of them.
 */
export const ODD_DEVICE_NAMES = {
  formula: '=HYPERLINK("http://evil.example","x")',
  comma: "Vance, Adele – iPad",
  quotes: 'The "Boss" Phone',
  plus: "+33 6 12 34 56 78",
  minus: "-Kiosk Lobby 07",
  at: "@reception-tablet",
} as const;

const DETAILS: Readonly<Record<string, readonly (string | null)[]>> = {
  notEvaluated: [null, ""],
  installing: ["Profile download in progress.", "Waiting for the device to check in."],
  installed: ["Profile installed."],
  failed: [
    "The activation code was rejected by the SM-DP+ server (error 8.2.6).",
    "Profile download timed out; the device will retry at next check-in.",
    "No activation code left in the pool.",
    "eSIM not supported on this device model.",
  ],
  error: [
    "The device reported an unexpected error (0x87D1FDE8).",
    "Profile download timed out; the device will retry at next check-in.",
    "The SM-DP+ server could not be reached.",
  ],
  deleting: ["Profile removal requested."],
  deleted: ["Profile deleted by the administrator."],
  removedByUser: ["The user removed the eSIM profile from the device."],
};

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("Nothing to pick from.");
  return item;
}

export function randomPerson(random: Random): Person {
  return pick(random, PEOPLE);
}

/** Details as Intune writes them for this state; null for a state it has none for. */
export function randomStateDetails(random: Random, state: string): string | null {
  const choices = DETAILS[state];
  return choices ? pick(random, choices) : null;
}

const DIGITS = "0123456789";
const NAME_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
// A plain loop: the big pool calls this 100,000 times.
function randomText(random: Random, characters: string, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += characters[Math.floor(random() * characters.length)];
  return text;
}
const digits = (random: Random, length: number) => randomText(random, DIGITS, length);
const letters = (random: Random, length: number) => randomText(random, NAME_CHARACTERS, length);

const DEVICE_NAMES: readonly ((random: Random, first: string) => string)[] = [
  (random) => `DESKTOP-${letters(random, 7)}`,
  (random) => `LAPTOP-${letters(random, 8)}`,
  (_random, first) => `iPhone de ${first}`,
  (_random, first) => `iPhone von ${first}`,
  (_random, first) => `${first}'s iPhone`,
  (_random, first) => `iPad de ${first}`,
  (random) => `Galaxy S24 – Field ${digits(random, 4)}`,
  (_random, first) => `Pixel 8 Pro – ${first}`,
  (random) => `Surface Pro 10 LTE – ${digits(random, 4)}`,
  (random) => `TC52-WH-${digits(random, 4)}`,
];

export function randomDeviceName(random: Random, { first }: Person): string {
  return pick(random, DEVICE_NAMES)(random, first);
}

/** Mostly a UPN, sometimes a display name; null on a shared device nobody signed in to. */
export function randomUserName(random: Random, person: Person): string | null {
  const roll = random();
  if (roll < 0.65) return person.upn;
  if (roll < 0.85) return `${person.first} ${person.last}`;
  return null;
}

function toUpn({ first, last }: Omit<Person, "upn">): string {
  const ascii = (name: string) =>
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[Łł]/g, "l")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  return `${ascii(first)}.${ascii(last)}@contoso.com`;
}

/** 19 or 20 digits starting 8901, like a UICCID. */
export function randomUiccid(random: Random): string {
  return `8901${digits(random, random() < 0.5 ? 15 : 16)}`;
}
