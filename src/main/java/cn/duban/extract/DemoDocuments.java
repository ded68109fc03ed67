package cn.duban.extract;

import cn.duban.time.CountyTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo plans shipped with Duban (written for it, in the style of county documents). A
 * demo may say {{年份}} where its year goes: it is this year, so the demo's reporting periods
 * are live whenever Duban is first started.
 */
@Component
public class DemoDocuments {

    public record Demo(String fileName, byte[] bytes) {
    }

    private static final String YEAR = "{{年份}}";

    private final List<Demo> demos;

    public DemoDocuments(CountyTime time) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.*");
            List<Demo> list = new ArrayList<>();
            for (Resource r : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (var in = r.getInputStream()) {
                    String year = String.valueOf(time.year());
                    byte[] bytes = in.readAllBytes();
                    String name = r.getFilename();
                    if (name.contains(YEAR)) {
                        name = name.replace(YEAR, year);
                        bytes = new String(bytes, StandardCharsets.UTF_8).replace(YEAR, year)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    list.add(new Demo(name, bytes));
                }
            }
            demos = List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Demo> all() {
        return demos;
    }

    public Optional<Demo> named(String fileName) {
        return demos.stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }
}
