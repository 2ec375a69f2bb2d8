/**
 * Currency signs and prefixes as a money fact's unit carries them ("$",
 * "US$", "GH₵", "Tk", "N"), with their ISO 4217 codes: the one list the
 * number extractor and estimate questions share. Pure, no dependencies.
 */

/** `{ sign: code }` from "signCODE" entries (the code is the last three letters). */
const CODES: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  Object.fromEntries(
    '$USD US$USD A$AUD C$CAD NZ$NZD HK$HKD S$SGD R$BRL RZAR PPHP £GBP €EUR ¥JPY ₹INR RsINR NT$TWD ₦NGN ₱PHP ₩KRW ₽RUB ₺TRY ₪ILS RpIDR RMMYR KShKES UShUGX TShTZS NNGN GH¢GHS GH₵GHS ₵GHS TkBDT ৳BDT'
      .split(' ')
      .map((x) => [x.slice(0, -3), x.slice(-3)]),
  ),
);

/** Currency signs and prefixes (spaces and dots dropped: "Rs", "GH₵") with their ISO 4217 codes: `{ "GH₵": "GHS" }`. */
export const CURRENCY_CODES = CODES;

/**
 * The ISO 4217 code of a money unit as the extractor writes it (`unit` with spaces and dots dropped): "Rs" →
 * "INR", "GH₵" → "GHS", "Tk" → "BDT", "NIS" → "ILS", "RMB" → "CNY", a code ("RON") itself. Undefined for a sign
 * that names no one currency (a bare "Sh", Kenyan or Tanzanian) and for anything else.
 */
export function currencyCode(unit: string): string | undefined {
  return CODES[unit] ?? (unit === 'NIS' ? 'ILS' : unit === 'RMB' ? 'CNY' : /^[A-Z]{3}$/.test(unit) ? unit : undefined);
}

/**
 * True when `unit` is a currency sign, prefix or code alone, as a money fact's unit or the text before an
 * amount's digits: "$", "US$", "Rs.", "GH₵", "Tk ", "N", "KSh", "Sh", "RON" (spaces and dots ignored).
 */
export function isCurrencyUnit(unit: string): boolean {
  const u = unit.replace(/[\s.]/g, '');
  return u !== '' && (currencyCode(u) !== undefined || /^[KUT]?Shs?$/.test(u));
}
