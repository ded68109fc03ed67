package cn.duban;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Client addresses for tests that sign in: each test comes from an address of its own, unique across
 * runs too (the attempts of an earlier run on the same database are still within the ten-minute
 * window), so one test's failed sign-ins never reach another's per-address limit.
 */
public final class TestAddresses {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private TestAddresses() {
    }

    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + (NEXT.getAndIncrement() % 254 + 1);
    }

    /** The request as sent from {@code address}. */
    public static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }
}
