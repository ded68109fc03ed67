package cn.duban;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application against a real PostgreSQL: the embedded server in target/test-data,
 * or the server that DUBAN_DB_URL names (CI runs the suite against Debian's too). Every test
 * class uses the same settings, so Spring starts one context, one web server on a random
 * port (for the browser tests) and one database server for the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"duban.data-dir=target/test-data",
        "duban.reminders.enabled=false", "management.server.port=0", "duban.events.synchronous=true"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestReceivers.Initializer.class)
@Import(MockSessionIds.class)
public @interface DubanTest {
}
