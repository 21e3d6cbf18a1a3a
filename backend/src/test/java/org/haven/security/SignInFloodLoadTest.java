package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.haven.account.PasswordHasher;
import org.haven.account.Role;
import org.haven.account.TestPasswordHashing;
import org.haven.host.HostApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A flood of anonymous sign-ins with wrong passwords against the real server (loopback, random
 * port), while a signed-in host keeps using Haven. The per-address limit is set high in
 * {@link HttpTest}, so every attempt reaches the password check, as if it came from a botnet of
 * many addresses: what bounds the damage here is the limit on password checks at once, outside
 * any transaction. Bounded: 300 requests, each answered within the test's time limits. The
 * passwords are checked at Haven's real Argon2 cost (19 MiB each), not the other tests' cheap one,
 * so this test has a context of its own.
 * <p>
 * The figures it prints (answers by status, the host's p95, the heap's peak) are the ones in
 * docs/security.md; the test asserts no tight timing, only that nothing fails.
 */
@HttpTest
@TestPropertySource(properties = TestPasswordHashing.REAL_COST_PROPERTY + "=true")
class SignInFloodLoadTest {

    private static final int FLOOD = 300;
    private static final Set<Integer> ALLOWED = Set.of(401, 429, 503);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    PasswordHasher passwordHasher;

    @Test
    void threeHundredSimultaneousWrongSignInsFailCleanlyWhileASignedInHostIsServed() throws Exception {
        assertThat(passwordHasher.hash("a password")).as("checked at the real cost").contains("$m=19456,t=2,p=1$");
        ApiClient host = HostApiFixtures.newHost(port, "flood-host");
        assertThat(host.send("PUT", "/api/host/household", HostApiFixtures.household()).status()).isEqualTo(200);
        String victim = testAccounts.create(Role.CASEWORKER);
        ApiClient flood = new ApiClient(port);
        flood.get("/api/auth/csrf");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong heapPeak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<Long> hostMillis = Collections.synchronizedList(new ArrayList<>());
        List<Integer> hostStatuses = Collections.synchronizedList(new ArrayList<>());
        List<Long> floodMillis = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(FLOOD + 2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> attempts = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                String email = i % 3 == 0 ? victim : "nobody-" + i + "@flood.test";
                String guess = "wrong guess number " + i;
                attempts.add(pool.submit(() -> {
                    start.await();
                    long sent = System.nanoTime();
                    Response answer = flood.login(email, guess);
                    floodMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent));
                    return answer;
                }));
            }
            Future<?> signedIn = pool.submit(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (flooding.get() && System.nanoTime() < deadline) {
                    long began = System.nanoTime();
                    Response page = hostStatuses.size() % 2 == 0 ? host.get("/api/host/household") : host.get("/api/auth/me");
                    hostMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
                    hostStatuses.add(page.status());
                }
            });
            Future<?> heapSampler = pool.submit(() -> {
                while (flooding.get()) {
                    heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    Thread.sleep(20);
                }
                return null;
            });

            long began = System.nanoTime();
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> attempt : attempts) {
                answers.add(attempt.get(120, TimeUnit.SECONDS));
            }
            long burstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            flooding.set(false);
            signedIn.get(30, TimeUnit.SECONDS);
            heapSampler.get(30, TimeUnit.SECONDS);

            for (Response answer : answers) {
                assertThat(answer.status()).as(answer.body()).isIn(ALLOWED);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
            assertThat(hostStatuses).isNotEmpty().containsOnly(200);
            long maxHeap = memory.getHeapMemoryUsage().getMax();
            assertThat(heapPeak.get()).as("heap peak during the flood").isLessThan(maxHeap * 9 / 10);

            List<Long> sorted = sorted(hostMillis);
            List<Long> floodSorted = sorted(floodMillis);
            System.out.printf("Sign-in flood: %d attempts in %d ms: %d x 401, %d x 429, %d x 503, answered in "
                    + "p50 %d ms, max %d ms; signed-in host: %d requests, p50 %d ms, p95 %d ms, max %d ms; "
                    + "heap peak %d MiB of %d MiB; load average %s%n",
                    FLOOD, burstMillis, count(answers, 401), count(answers, 429), count(answers, 503),
                    percentile(floodSorted, 50), percentile(floodSorted, 100),
                    sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 100),
                    heapPeak.get() >> 20, maxHeap >> 20, loadAverage());
        } finally {
            flooding.set(false);
            pool.shutdownNow();
        }
    }

    private static List<Long> sorted(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted;
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    /** The machine's 1-minute load average, printed with the figures (they depend on it). */
    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long count(List<Response> answers, int status) {
        return answers.stream().filter(answer -> answer.status() == status).count();
    }
}
