package io.fastjpa.container;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One test's in-memory H2 database, seen through its own JDBC connection: it sees committed rows only, never what a
 * unit of work has merely flushed.
 */
final class TestDatabase {

    private final String name;
    private final String url;
    private final Map<String, TestDatabase> siblings;

    private TestDatabase(String name, String url, Map<String, TestDatabase> siblings) {
        this.name = name;
        this.url = url;
        this.siblings = siblings;
    }

    /**
     * @param name the FastJPA database name, {@code default} or a {@code @Database} name
     * @param unique a name no other test uses
     * @param siblings the test's databases by name, which the new one joins
     * @return the database; created by H2 on first connection
     */
    static TestDatabase create(String name, String unique, Map<String, TestDatabase> siblings) {
        TestDatabase database =
                new TestDatabase(name, "jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1;MODE=LEGACY", siblings);
        siblings.put(name, database);
        return database;
    }

    /**
     * @param database a name from {@code @FastJpaContainerTest(databases = ...)}
     * @return that database of the same test
     */
    TestDatabase named(String database) {
        TestDatabase named = siblings.get(database);
        if (named == null) {
            throw new IllegalArgumentException(database + " is not in @FastJpaContainerTest(databases = ...)");
        }
        return named;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    /** @return the committed tag names, sorted */
    List<String> tagNames() {
        return strings("select NAME from CT_TAG order by NAME");
    }

    /**
     * Inserts a committed tag.
     *
     * @param tagName the name
     * @return its generated id
     */
    long insertTag(String tagName) {
        try (Connection connection = connect();
                PreparedStatement insert =
                        connection.prepareStatement("insert into CT_TAG (NAME) values (?)", new String[] {"ID"})) {
            insert.setString(1, tagName);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts a committed shelf with books.
     *
     * @return the shelf's id
     */
    long insertShelf(String shelfName, String... bookTitles) {
        try (Connection connection = connect();
                PreparedStatement shelf =
                        connection.prepareStatement("insert into CT_SHELF (NAME) values (?)", new String[] {"ID"});
                PreparedStatement book =
                        connection.prepareStatement("insert into CT_BOOK (TITLE, SHELF_ID) values (?, ?)")) {
            shelf.setString(1, shelfName);
            shelf.executeUpdate();
            long id;
            try (ResultSet keys = shelf.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            for (String title : bookTitles) {
                book.setString(1, title);
                book.setLong(2, id);
                book.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void shutdown() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strings(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + ", " + url + "]";
    }
}
