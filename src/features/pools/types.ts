export interface Pool {
  id: string;
  displayName: string;
  /** null when Graph left it out. */
  activationCodeCount: number | null;
  createdDateTime: Date | null;
  modifiedDateTime: Date | null;
}
