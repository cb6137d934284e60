package io.fastjpa.bench;

import io.fastjpa.FastJpaFeature;
import io.fastjpa.Transactor;
import io.fastjpa.examples.heroes.Hero;
import io.fastjpa.examples.heroes.HeroResource;
import jakarta.enterprise.inject.spi.CDI;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One request through Jersey, CDI and JPA in this thread (no socket), on FastJPA ({@code fast*}: the heroes example's
 * resource) and on the same stack by hand ({@code hand*}): one EntityManagerFactory, one HikariCP pool and one
 * in-memory H2 database of 1,000 heroes serve both. The difference between a pair is what FastJPA adds to a request: the request-scoped
 * EntityManager, the unit of work, {@code PageRequest} and its checks, the page count, the envelope writers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx256m"})
public class RequestBenchmark {

    static final int HEROES = 1_000;

    private InProcessRequests requests;

    /** Starts the application and seeds it; checks that both sides answer the same JSON. */
    @Setup(Level.Trial)
    public void start() {
        System.setProperty("fastjpa.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;MODE=LEGACY");
        System.setProperty("fastjpa.schema", "drop-and-create");
        System.setProperty("fastjpa.pool.size", "4");
        requests =
                new InProcessRequests(new ResourceConfig(HeroResource.class, FastJpaPing.class, HandWrittenHeroes.class)
                        .register(FastJpaFeature.class));
        // The example's seeder has added FastSQLA's twelve heroes.
        CDI.current().select(Transactor.class).get().run(entityManager -> {
            for (int i = 13; i <= HEROES; i++) {
                entityManager.persist(new Hero("Hero " + i, "Identity " + i, 20 + i % 50));
            }
        });
        for (String path :
                new String[] {"heroes?offset=0&limit=20", "heroes?offset=990&limit=20", "heroes/7", "ping"}) {
            InProcessRequests.Answer fast = requests.get(path);
            InProcessRequests.Answer hand = requests.get("hand/" + path);
            if (fast.status() != 200 || !fast.equals(hand)) {
                throw new IllegalStateException(
                        "the two sides answer " + path + " differently:\n" + fast + "\n" + hand);
            }
        }
    }

    /** Stops the application. */
    @TearDown(Level.Trial)
    public void stop() {
        requests.close();
    }

    /** @return a first page of 20 of 1,000: a select and a count, on FastJPA */
    @Benchmark
    public InProcessRequests.Answer firstPageFast() {
        return requests.get("heroes?offset=0&limit=20");
    }

    /** @return the same page by hand */
    @Benchmark
    public InProcessRequests.Answer firstPageHand() {
        return requests.get("hand/heroes?offset=0&limit=20");
    }

    /** @return the last, partial page: a select and no count, on FastJPA */
    @Benchmark
    public InProcessRequests.Answer partialLastPageFast() {
        return requests.get("heroes?offset=990&limit=20");
    }

    /** @return the same page by hand, which skips the count the same way */
    @Benchmark
    public InProcessRequests.Answer partialLastPageHand() {
        return requests.get("hand/heroes?offset=990&limit=20");
    }

    /** @return one hero by a random id, on FastJPA */
    @Benchmark
    public InProcessRequests.Answer byIdFast() {
        return requests.get("heroes/" + randomId());
    }

    /** @return the same by hand */
    @Benchmark
    public InProcessRequests.Answer byIdHand() {
        return requests.get("hand/heroes/" + randomId());
    }

    /** @return a request that never uses the database, on FastJPA: no EntityManager, no connection */
    @Benchmark
    public InProcessRequests.Answer noDatabaseFast() {
        return requests.get("ping");
    }

    /** @return the same by hand */
    @Benchmark
    public InProcessRequests.Answer noDatabaseHand() {
        return requests.get("hand/ping");
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, HEROES + 1);
    }
}
