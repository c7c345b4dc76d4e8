package org.impuls.directory.api;

/** A point on earth in degrees (WGS 84), e.g. the centre of a postal code from {@link BusinessDirectory#centreOf}. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    /** Great-circle distance in kilometres (haversine), precise enough for a city and its district. */
    public double kilometresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    /** Whether {@code other} is at most {@code radiusKm} away: the "within N km" filter. */
    public boolean isWithin(double radiusKm, GeoPoint other) {
        return kilometresTo(other) <= radiusKm;
    }
}
