export interface PlaceFact {
  country: 'NL' | 'DE';
  state: string;
  name: string;
  postcode: string;
  district: string;
  lat: number;
  lon: number;
}

/** Parses data/places.csv (country,state,name,postcode,district,lat,lon; no quoted commas). */
export function parsePlacesCsv(text: string): PlaceFact[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header?.trim() !== 'country,state,name,postcode,district,lat,lon') {
    throw new Error(`places.csv: unexpected header ${header}`);
  }
  return lines
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      const [country, state, name, postcode, district, lat, lon] = line.split(',').map((c) => c.trim());
      const latN = Number(lat);
      const lonN = Number(lon);
      if ((country !== 'NL' && country !== 'DE') || !state || !name || !postcode || !district || !Number.isFinite(latN) || !Number.isFinite(lonN)) {
        throw new Error(`places.csv line ${i + 2}: cannot read "${line}"`);
      }
      return { country, state, name, postcode, district, lat: latN, lon: lonN };
    });
}
