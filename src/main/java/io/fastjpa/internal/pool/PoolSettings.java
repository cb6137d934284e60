package io.fastjpa.internal.pool;

/**
 * The pool settings of one database, validated: {@code fastjpa.[<name>.]pool.*}.
 *
 * @param size the most connections open at once, at least 1
 * @param timeoutMillis how long a request waits for a connection before it fails, at least {@link #MIN_TIMEOUT_MILLIS}
 * @param prePing whether a connection is checked before it is handed out
 * @param leakDetectionMillis after how long a connection not given back is logged as a possible leak; 0 is off
 */
public record PoolSettings(int size, int timeoutMillis, boolean prePing, int leakDetectionMillis) {

    /** The default {@link #size}. */
    public static final int DEFAULT_SIZE = 10;

    /** The default {@link #timeoutMillis}: 30 seconds. */
    public static final int DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** The shortest {@link #timeoutMillis}: HikariCP replaces anything shorter with its 30-second default. */
    public static final int MIN_TIMEOUT_MILLIS = 250;

    /** The shortest {@link #leakDetectionMillis} other than 0: HikariCP switches shorter thresholds off. */
    public static final int MIN_LEAK_DETECTION_MILLIS = 2_000;

    /** The longest {@link #leakDetectionMillis}: HikariCP's connection lifetime, beyond which it switches it off. */
    public static final int MAX_LEAK_DETECTION_MILLIS = 1_800_000;

    /** Every setting at its default. */
    public static final PoolSettings DEFAULTS = new PoolSettings(DEFAULT_SIZE, DEFAULT_TIMEOUT_MILLIS, true, 0);

    /** @throws IllegalArgumentException when a value is out of its range */
    public PoolSettings {
        if (size < 1) {
            throw new IllegalArgumentException("pool size " + size + " is below 1");
        }
        if (timeoutMillis < MIN_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException("pool timeout " + timeoutMillis + " is below " + MIN_TIMEOUT_MILLIS);
        }
        if (!validLeakDetection(leakDetectionMillis)) {
            throw new IllegalArgumentException("leak detection threshold " + leakDetectionMillis + " is out of range");
        }
    }

    /**
     * @param millis a leak detection threshold
     * @return whether it is 0 (off) or between {@link #MIN_LEAK_DETECTION_MILLIS} and
     *     {@link #MAX_LEAK_DETECTION_MILLIS}
     */
    public static boolean validLeakDetection(int millis) {
        return millis == 0 || (millis >= MIN_LEAK_DETECTION_MILLIS && millis <= MAX_LEAK_DETECTION_MILLIS);
    }
}
