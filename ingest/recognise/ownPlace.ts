import { perLexicon, type Lexicon } from '../lexicon/lexicon';

// A place below a province or a city: a city, prefecture or league under a province; a
// district, county, county-level city or banner under a city. Two characters at least (沛县).
const UNDER_PROVINCE = /^[\u3400-\u9fff]{1,6}?(?:市|州|盟|地区|区|县)/;
const UNDER_CITY = /^[\u3400-\u9fff]{1,6}?(?:区|县|市|旗)/;
// 广州|市 is one city, not 广州 (a prefecture) and a place 市越秀区.
const CITY = /^[\u3400-\u9fff]{1,5}?[市州](?![市州])/;

const provinceAt = perLexicon((lexicon: Lexicon) => {
  const names = lexicon.provinces.join('|');
  return names
    ? new RegExp(`^(?:${names})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`)
    : null;
});

/** The length of one place that locates the rest (浙江省|丽水市…, 厦门市|思明区…), or 0. */
function locatorLength(places: string, lexicon: Lexicon): number {
  const province = provinceAt(lexicon)?.exec(places)?.[0];
  if (province) {
    const rest = UNDER_PROVINCE.exec(places.slice(province.length))?.[0];
    return rest && rest.length >= 2 ? province.length : 0;
  }
  const city = CITY.exec(places)?.[0];
  if (!city || city.length < 2) return 0;
  const rest = UNDER_CITY.exec(places.slice(city.length))?.[0];
  return rest && rest.length >= 2 ? city.length : 0;
}

/**
 * Where a body's own place begins in its name: 浙江省丽水市政协 is 丽水市政协, and 山东省滨州市
 * 博兴县政协 is 博兴县政协. The places before locate the body; readers and annotators name it by
 * its own, as its members do. `key` is the folded name, `suffix` the body after the places
 * (政协); 0 when the name has no locating place.
 */
export function ownPlaceStart(key: string, suffix: string, lexicon: Lexicon): number {
  if (!key.endsWith(suffix)) return 0;
  let at = 0;
  for (;;) {
    const places = key.slice(at, key.length - suffix.length);
    const step = locatorLength(places, lexicon);
    if (step === 0 || step >= places.length) return at;
    at += step;
  }
}
