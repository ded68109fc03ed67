package cn.duban.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.duban.DubanTest;
import cn.duban.TestUsers;
import cn.duban.files.HostileFiles;
import cn.duban.files.HostileFiles.Hostile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 10's hostile-upload battery, through the three doors a file enters by — the reader, a
 * report's evidence and the Excel import — each as the role that may use it: every file is refused
 * with a 4xx and a reason in Chinese within 5 s, no XML in any of them reaches the listener it
 * names, nothing is left in the temporary folder. (Memory under four at once: HostileHeapTests.)
 */
@DubanTest
class HostileUploadBatteryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressFixture fx;

    @AfterEach
    void realTime() {
        fx.clock.reset();
    }

    @Test
    void everyHostileFileIsRefusedQuicklyWithoutReachingOutOrLeavingFiles() throws Exception {
        ProgressFixture.World w = fx.world(2025, ProgressFixture.TaskSpec.atLeast("新建养老服务站", 10, null));
        fx.clock.set(LocalDate.of(2025, 3, 10));
        UnitReport report = fx.as(w.liaison(), () -> fx.reports.open(fx.periodOn(w, LocalDate.of(2025, 3, 10)).id(),
                w.county().townA().id()));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> before = listing(tmp);
        AtomicInteger hits = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        hits.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();

            List<Hostile> battery = HostileFiles.all(listener.getLocalPort());
            assertThat(battery).hasSizeGreaterThanOrEqualTo(40);
            List<String> failures = new ArrayList<>();
            for (Hostile h : battery) {
                long started = System.nanoTime();
                MockHttpServletResponse response = send(h, w, report).getResponse();
                long millis = (System.nanoTime() - started) / 1_000_000;
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() < 400 || response.getStatus() >= 500) {
                    failures.add(h + " answered " + response.getStatus() + ": " + abbreviate(body));
                } else if (millis > 5_000) {
                    failures.add(h + " took " + millis + " ms");
                } else if (!body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    failures.add(h + " was refused without a reason in Chinese: " + abbreviate(body));
                }
            }
            assertThat(failures).isEmpty();
        }
        assertThat(hits.get()).as("connections to the listener the XML named").isZero();
        // (tomcat.N.* and tomcat-docbase.N.* folders are made by any embedded web server starting on the machine —
        // another build's — never by parsing a file, which is what this looks for.)
        Set<String> left = listing(tmp).stream().filter(n -> !before.contains(n))
                .filter(n -> n.startsWith("poi") || n.startsWith("imageio") || n.startsWith("+~JF") || n.endsWith(".tmp")
                        || n.startsWith("upload"))
                .collect(Collectors.toSet());
        assertThat(left).as("temporary files left behind").isEmpty();
    }

    private MvcResult send(Hostile h, ProgressFixture.World w, UnitReport report) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", h.fileName(), "application/octet-stream", h.bytes());
        MockMultipartHttpServletRequestBuilder request = switch (h.door()) {
            case READER -> multipart("/api/extractions");
            case EVIDENCE -> multipart("/reports/" + report.id() + "/evidence");
            case EXCEL -> multipart("/api/plans/excel");
        };
        request.file(file);
        if (h.door() == HostileFiles.Door.EXCEL) {
            request.param("title", "导入测试").param("year", "2025");
        }
        String user = h.door() == HostileFiles.Door.EVIDENCE ? w.liaison() : w.office();
        return mvc.perform(request.with(TestUsers.api(user)).with(csrf())).andReturn();
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
