package io.fastjpa.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code fastjpa[.<name>].replica} settings: which database the read-only units of work of a database read from.
 * Checked once every database's settings are read, because a replica is named before it may be defined.
 */
final class Replicas {

    private Replicas() {}

    /**
     * @param configured the settings of the databases FastJPA starts, by name
     * @param failed the names of databases whose settings are invalid, which have been reported already
     * @return one message per invalid replica setting, naming its key, its value and what is allowed; empty when all
     *     are valid
     */
    static List<String> problems(Map<String, DatabaseSettings> configured, Set<String> failed) {
        List<String> problems = new ArrayList<>();
        for (DatabaseSettings settings : configured.values()) {
            settings.replica()
                    .filter(replica -> !failed.contains(replica))
                    .flatMap(replica -> problem(settings, replica, configured))
                    .ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<String> problem(
            DatabaseSettings settings, String replica, Map<String, DatabaseSettings> configured) {
        String key = key(settings.name());
        if (replica.equals(settings.name())) {
            return Optional.of(Messages.invalidValue(
                    key, replica, "the name of another database; a database cannot be its own replica"));
        }
        DatabaseSettings target = configured.get(replica);
        // Undefined, or the application produces its EntityManager: FastJPA has no factory of it to read from.
        if (target == null) {
            return Optional.of(
                    Messages.invalidValue(key, replica, startedOthers(settings.name(), configured.keySet())));
        }
        return target.replica()
                .map(next -> Messages.invalidValue(
                        key,
                        replica,
                        "a database without a replica of its own; '" + replica + "' reads from '" + next + "' ("
                                + key(replica) + "), and replicas do not chain"));
    }

    private static String startedOthers(String self, Collection<String> names) {
        Set<String> others = new TreeSet<>(names);
        others.remove(self);
        String defining = "the name of a database FastJPA starts, defined by fastjpa.<name>.url (or .datasource)";
        return others.isEmpty()
                ? defining + "; there is none besides '" + self + "'"
                : defining + ": " + String.join(", ", others);
    }

    /**
     * @param started the started databases, by name
     * @return one message per database whose replica runs on another persistence provider; the injected Paginator
     *     pages with the primary's provider support, whichever EntityManager it is given
     */
    static List<String> providerProblems(Map<String, StartedDatabase> started) {
        List<String> problems = new ArrayList<>();
        for (StartedDatabase database : started.values()) {
            database.settings().replica().map(started::get).ifPresent(replica -> {
                String primaryProvider = database.provider();
                String replicaProvider = replica.provider();
                if (!primaryProvider.equals(replicaProvider)) {
                    problems.add(Messages.invalidValue(
                            key(database.name()),
                            replica.name(),
                            "a database on the same persistence provider as '" + database.name() + "' ("
                                    + primaryProvider + "); '" + replica.name() + "' runs on " + replicaProvider
                                    + ": set " + DatabaseSettings.prefix(replica.name()) + "provider"));
                }
            });
        }
        return problems;
    }

    /** Logs, once all databases started, which database reads from which replica. */
    static void logRouting(Collection<StartedDatabase> started) {
        for (StartedDatabase database : started) {
            database.settings()
                    .replica()
                    .ifPresent(replica -> Messages.LOG.info(
                            Messages.readsFromReplica(database.name(), replica, key(database.name()))));
        }
    }

    /** @return the replica key of a database: {@code fastjpa.replica} or {@code fastjpa.<name>.replica} */
    static String key(String database) {
        return DatabaseSettings.prefix(database) + "replica";
    }
}
