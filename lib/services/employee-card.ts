import type { CardRecord } from "@/db/schema";
import { encryptField } from "@/lib/crypto/field-encryption";
import type { TCardInput } from "@/lib/validation/employee";

/** Card input → the row's columns: the number encrypted, only its last four characters in clear. */
export function cardColumns(card: TCardInput) {
  return {
    statusCode: card.statusCode,
    holderRole: card.holderRole,
    hsp2Activity: card.statusCode === "hsp_2" ? (card.hsp2Activity ?? null) : null,
    japaneseContract: card.statusCode === "entertainer" ? (card.japaneseContract ?? false) : null,
    periodOfStayExpiresOn: card.periodOfStayExpiresOn ?? null,
    cardExpiresOn: card.cardExpiresOn ?? null,
    cardNumberEncrypted: card.cardNumber ? encryptField(card.cardNumber) : null,
    cardNumberLast4: card.cardNumber ? card.cardNumber.slice(-4) : null,
    workRestriction: card.workRestriction ?? null,
    extraActivityPermission: card.extraActivityPermission,
    renewalAppliedOn: card.renewalAppliedOn ?? null,
    renewalDecidedOn: card.renewalDecidedOn ?? null,
  } satisfies Partial<CardRecord>;
}

/** What lists and API answers may show of a card: never the full number. */
export function publicCard(card: CardRecord) {
  const { cardNumberEncrypted: _hidden, ...rest } = card;
  return { ...rest, cardNumberMasked: card.cardNumberLast4 ? `********${card.cardNumberLast4}` : null };
}
