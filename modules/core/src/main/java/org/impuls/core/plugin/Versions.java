package org.impuls.core.plugin;

/** Compares dotted version numbers ("0.10.2" is newer than "0.9"); qualifiers like "-SNAPSHOT" are ignored. */
final class Versions {

    /** The core's version, which plugins name as their minimum. */
    static final String CORE = "0.1.0";

    private Versions() {}

    static int compare(String a, String b) {
        String[] left = numbers(a);
        String[] right = numbers(b);
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }

    static boolean atLeast(String version, String minimum) {
        return compare(version, minimum) >= 0;
    }

    private static String[] numbers(String version) {
        String plain = version == null ? "0" : version.strip().replaceAll("[-+].*$", "");
        if (!plain.matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("not a version number: " + version);
        }
        return plain.split("\\.");
    }
}
