package cn.duban;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The README's module map is drawn from the code, so it cannot drift from it: each module's purpose (the first
 * sentence of its package-info), the tables it owns ({@code @Tables}), the modules it may use, the events it
 * listens to (with the module that publishes them) and the ports it offers — interfaces of its own that another
 * module implements, the way a lower module asks a higher one without depending on it.
 * <p>
 * When a module changes, run {@code ./mvnw test -Dtest=ModuleMapTests -Dduban.module-map.write=true} and commit
 * the README.
 */
class ModuleMapTests {

    private static final Path README = Path.of("README.md");
    private static final String START = "<!-- module-map:start -->";
    private static final String END = "<!-- module-map:end -->";
    private static final Pattern FIRST_SENTENCE = Pattern.compile("/\\*\\*\\s*(.*?)(?:\\.\\s|。|\\*/)", Pattern.DOTALL);

    @Test
    void theReadmesModuleMapIsTheCodes() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("the README has a module map between %s and %s", START, END).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String drawn = map();
        String written = readme.substring(start + START.length(), end);
        if (Boolean.getBoolean("duban.module-map.write")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + drawn + readme.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(written).as("README module map (regenerate with -Dduban.module-map.write=true)").isEqualTo(drawn);
    }

    static String map() {
        ApplicationModules modules = ApplicationModules.of(DubanApplication.class);
        Map<String, TableOwnershipTests.Module> owned = TableOwnershipTests.modules();
        Map<String, Set<String>> listens = new TreeMap<>();
        Map<String, Map<String, Set<String>>> ports = new TreeMap<>();
        for (ApplicationModule module : modules) {
            for (JavaClass type : module.getBasePackage()) {
                if (!modules.getModuleByType(type.getName()).map(module::equals).orElse(false)) {
                    continue; // a nested module's class: listed under that module
                }
                for (JavaMethod method : type.getMethods()) {
                    if (isListener(method) && method.getRawParameterTypes().size() == 1) {
                        JavaClass event = method.getRawParameterTypes().get(0);
                        String from = modules.getModuleByType(event.getName()).map(ApplicationModule::getIdentifier)
                                .map(Object::toString).orElse("Spring");
                        listens.computeIfAbsent(name(module), k -> new TreeSet<>()).add(event.getSimpleName() + " (" + from + ")");
                    }
                }
                for (JavaClass implemented : type.getRawInterfaces()) {
                    Optional<ApplicationModule> owner = modules.getModuleByType(implemented.getName());
                    if (owner.isPresent() && !owner.get().equals(module) && implemented.getName().startsWith("cn.duban")) {
                        ports.computeIfAbsent(name(owner.get()), k -> new TreeMap<>())
                                .computeIfAbsent(implemented.getSimpleName(), k -> new TreeSet<>()).add(name(module));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(
                "\n\n| module | what it does | owns (tables) | may use | listens to (from) | ports it offers (← implemented by) |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (ApplicationModule module : modules) {
            String name = name(module);
            TableOwnershipTests.Module m = owned.get(name);
            out.append("| `").append(name).append("` | ").append(purpose(name)).append(" | ")
                    .append(m == null ? "—" : list(m.owns())).append(" | ")
                    .append(m == null ? "not restricted" : list(without(m.allowed(), "schema", "refusal")))
                    .append(" | ").append(list(listens.getOrDefault(name, Set.of())))
                    .append(" | ").append(ports(ports.getOrDefault(name, Map.of()))).append(" |\n");
        }
        out.append("\nEvery module may also use `refusal` (the shared kinds of refusal) and `schema` (the `@Tables` declaration).\n");
        return out.toString();
    }

    private static boolean isListener(JavaMethod method) {
        return method.isAnnotatedWith(EventListener.class) || method.isAnnotatedWith(TransactionalEventListener.class)
                || method.isAnnotatedWith(ApplicationModuleListener.class)
                || method.isMetaAnnotatedWith(TransactionalEventListener.class);
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static Set<String> without(Set<String> all, String... left) {
        Set<String> out = new TreeSet<>(all);
        for (String l : left) {
            out.remove(l);
        }
        return out;
    }

    private static String ports(Map<String, Set<String>> ports) {
        return ports.isEmpty()
                ? "—"
                : String.join("; ", ports.entrySet().stream()
                        .map(e -> e.getKey() + " ← " + String.join(", ", e.getValue())).toList());
    }

    private static String list(Set<String> items) {
        return items.isEmpty() ? "—" : String.join(", ", new TreeSet<>(items));
    }

    /** The first sentence of the module's package-info Javadoc, on one line. */
    private static String purpose(String module) {
        Path info = Path.of("src/main/java/cn/duban/" + module.replace('.', '/') + "/package-info.java");
        try {
            if (!Files.exists(info)) {
                return "—";
            }
            Matcher m = FIRST_SENTENCE.matcher(Files.readString(info, StandardCharsets.UTF_8));
            return m.find()
                    ? m.group(1).replaceFirst("^\\*\\s*", "").replaceAll("\\s*\\n\\s*\\*\\s*", " ")
                            .replaceAll("\\{@link (?:[\\w.]+\\.)?(\\w+)}", "`$1`").replace("|", "\\|").strip()
                    : "—";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
