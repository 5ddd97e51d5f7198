/** Lower case without diacritics, so "zoe" finds "Zoë" and "BJORN" finds "Björn". */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase().replace(/ß/g, "ss");
}
