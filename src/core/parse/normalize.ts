/**
 * Full-width → half-width, one UTF-16 unit for one, so offsets in the normalised text
 * are offsets in the text as typed (sources are cut from the original).
 * The Chinese comma ， is kept: `500，300万` is a list, not 500300.
 * @example normalize('５００万，合肥') // '500万，合肥'
 */
export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e && c !== 0xff0c) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0xffe5) out += '¥';
    else if (c === 0x2212) out += '-';
    else out += text[i];
  }
  return out;
}
