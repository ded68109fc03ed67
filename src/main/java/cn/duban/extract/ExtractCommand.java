package cn.duban.extract;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar duban.jar extract --out DIR FILE...}: writes {@code DIR/<name>.jsonl} (the quantities),
 * {@code DIR/<name>.tasks.jsonl} (the proposed tasks, TASKS.md's fields) and {@code DIR/<name>.outline.json}
 * for each file. Starts neither the web server nor the database.
 * Exit 0 when every file was read, 2 when any was refused (the others are still written).
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietLibraries();
        Path dir = null;
        Integer year = null;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> dir = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--year" -> {
                    try {
                        year = i + 1 < args.length ? Integer.valueOf(args[++i]) : null;
                    } catch (NumberFormatException e) {
                        err.println("--year 需要一个四位年份");
                        return 64;
                    }
                }
                default -> files.add(Path.of(args[i]));
            }
        }
        if (dir == null || files.isEmpty()) {
            err.println("用法: java -jar duban.jar extract --out 目录 [--year 年份] 文件...");
            return 64;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println(dir + ": 无法创建输出目录 (" + e.getMessage() + ")");
            return 2;
        }
        int status = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String doc = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            try {
                byte[] bytes = readBounded(file);
                String text = DocumentText.read(name, bytes);
                Extraction e = Reader.read(doc, text, year);
                Files.writeString(dir.resolve(doc + ".jsonl"), ExtractionJson.jsonl(e.quantities()), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(doc + ".tasks.jsonl"), ExtractionJson.tasksJsonl(e, text), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(doc + ".outline.json"), ExtractionJson.outline(e), StandardCharsets.UTF_8);
                out.println(file + ": " + e.quantities().size() + " 个指标数量, " + e.tasks().size() + " 项拟建任务");
            } catch (DocumentRejected e) {
                err.println(file + ": " + e.getMessage());
                status = 2;
            } catch (IOException e) {
                err.println(file + ": 无法读取文件 (" + e.getClass().getSimpleName() + ")");
                status = 2;
            }
        }
        return status;
    }

    /** Without Spring Boot's logging set-up, logback would print POI's debug chatter into the command's output. */
    private static void quietLibraries() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.ERROR);
        }
        if (LoggerFactory.getLogger("org.apache.poi") instanceof ch.qos.logback.classic.Logger poi) {
            poi.setLevel(Level.OFF);
        }
    }

    private static byte[] readBounded(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new DocumentRejected("这是一个目录，不是文件");
        }
        if (Files.size(file) > DocumentText.MAX_BYTES) {
            throw new DocumentRejected("文件超过 20 MB 上限，请拆分后再上传");
        }
        return Files.readAllBytes(file);
    }
}
