/**
 * Distances between places known only by postcode. Jobspor matches citizens
 * with companies by commuting distance, and both usually come with nothing
 * more precise than a postcode; the postcode centroids are approximate (see
 * resources/NOTICE.md), so results are straight-line kilometres good to a few
 * kilometres, fit for "within 25 km" filters and sorting, not for routing.
 *
 * Pure: the postcode data is reached through the PostcodeDirectory interface,
 * so the store decides where it comes from and tests can pass a fake.
 */

/** A position in WGS84 decimal degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance in km between two points. Haversine rather than a flat
 * approximation because Denmark spans 3.5° of latitude and ~7° of longitude
 * (Esbjerg–Bornholm), where a flat-earth formula drifts; the sphere's error
 * against the ellipsoid (<0.5 %) is far below the postcode centroids' own.
 */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  // min() guards asin against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Looks up a Danish postcode's approximate centre and town name. */
export interface PostcodeDirectory {
  /**
   * The postcode's centroid and PostNord town name, or undefined for an
   * unknown code. `approximate` when the code is placed at its municipality's
   * largest town rather than its own (so a distance can be off by 10-20 km).
   */
  lookup(postcode: string): (GeoPoint & { name: string; approximate?: boolean }) | undefined;
}

/**
 * Straight-line km between two postcodes' centroids, or undefined when either
 * postcode is unknown: a missing distance must stay visibly missing rather than
 * read as 0 km (which would rank the company as next door).
 */
export function distanceBetweenPostcodes(dir: PostcodeDirectory, a: string, b: string): number | undefined {
  const pa = dir.lookup(a.trim());
  const pb = dir.lookup(b.trim());
  if (!pa || !pb) return undefined;
  return haversineKm(pa, pb);
}
