package cn.duban.extract;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The demo plans shipped with Duban (written for it, in the style of county documents). */
@Component
public class DemoDocuments {

    public record Demo(String fileName, byte[] bytes) {
    }

    private final List<Demo> demos;

    public DemoDocuments() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.*");
            List<Demo> list = new ArrayList<>();
            for (Resource r : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                try (var in = r.getInputStream()) {
                    list.add(new Demo(r.getFilename(), in.readAllBytes()));
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
