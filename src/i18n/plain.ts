/** Content text for plain-text places (`<title>`, a copied summary): `[[…]]` CHSI marks become quotes. */
export const plain = (text: string) => text.replace(/\[\[([^\]]+)\]\]/g, '“$1”');
