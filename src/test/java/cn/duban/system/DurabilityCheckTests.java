package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up refuses a PostgreSQL that could lose an accepted write (issue 14, item 7): checked on a
 * real server started with fsync, synchronous_commit and full_page_writes off (zonky's test
 * defaults), and for data checksums on the rule itself.
 */
class DurabilityCheckTests {

    @TempDir
    Path data;

    @Test
    void aServerWithoutFsyncOrSynchronousCommitOrFullPageWritesIsRefusedNamingEach() throws Exception {
        try (EmbeddedPostgres careless = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                .start()) {
            assertThatThrownBy(() -> DurabilityCheck.verify(careless.getPostgresDatabase()))
                    .hasMessageContaining("拒绝启动").hasMessageContaining("fsync = off").hasMessageContaining("synchronous_commit = off")
                    .hasMessageContaining("full_page_writes = off");
        }
    }

    @Test
    void theEmbeddedDatabaseDubanRunsIsDurable() throws Exception {
        try (DatabaseServer server = EmbeddedDatabase.start(data)) {
            assertThat(DurabilityCheck.settings(server.ownerDataSource())).containsEntry("fsync", "on")
                    .containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on")
                    .containsEntry("data_checksums", "on");
            DurabilityCheck.verify(server.ownerDataSource());
        }
    }

    @Test
    void checksumsOffIsRefusedAndEverySafeSynchronousCommitLevelIsAccepted() {
        Map<String, String> good = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on", "data_checksums", "on");
        assertThat(DurabilityCheck.problems(good)).isEmpty();
        for (String level : new String[]{"local", "remote_write", "remote_apply"}) {
            assertThat(DurabilityCheck.problems(with(good, "synchronous_commit", level))).isEmpty();
        }
        assertThat(DurabilityCheck.problems(with(good, "data_checksums", "off"))).singleElement().asString()
                .contains("data_checksums = off").contains("pg_checksums --enable");
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(name, value);
        return changed;
    }
}
