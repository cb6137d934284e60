package io.fastjpa.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The conventional {@code DATABASE_URL} of hosting platforms, {@code postgres://user:password@host:port/database},
 * turned into JDBC settings. Also accepts {@code postgresql://}, {@code mysql://} and {@code mariadb://}, and a plain
 * {@code jdbc:} URL as it is.
 *
 * @param jdbcUrl the JDBC URL, without user and password
 * @param user the user, if the URL has one
 * @param password the password, if the URL has one
 */
record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    /**
     * @param url the value of {@code DATABASE_URL}
     * @return its JDBC settings
     * @throws IllegalArgumentException naming {@code DATABASE_URL} (never the password) when the form is unknown
     */
    static DatabaseUrl parse(String url) {
        if (url.startsWith("jdbc:")) {
            return new DatabaseUrl(url, Optional.empty(), Optional.empty());
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String jdbcScheme;
        int defaultPort;
        switch (scheme) {
            case "postgres", "postgresql" -> {
                jdbcScheme = "postgresql";
                defaultPort = 5432;
            }
            case "mysql" -> {
                jdbcScheme = "mysql";
                defaultPort = 3306;
            }
            case "mariadb" -> {
                jdbcScheme = "mariadb";
                defaultPort = 3306;
            }
            default -> throw invalid(url);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getHost() == null || path.length() < 2) {
            throw invalid(url);
        }
        int port = uri.getPort() < 0 ? defaultPort : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:" + jdbcScheme + "://" + uri.getHost() + ":" + port + path + query;
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            return new DatabaseUrl(jdbcUrl, Optional.empty(), Optional.empty());
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        Optional<String> password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        return new DatabaseUrl(jdbcUrl, Optional.of(user), password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    // The value may hold a password: the message shows only its scheme.
    private static IllegalArgumentException invalid(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "(none)" : url.substring(0, colon);
        return new IllegalArgumentException(Messages.invalidValue(
                "DATABASE_URL",
                scheme + "://****",
                "postgres://, postgresql://, mysql:// or mariadb://user:password@host:port/database, or a jdbc: URL"));
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + user.orElse("") + "]";
    }
}
