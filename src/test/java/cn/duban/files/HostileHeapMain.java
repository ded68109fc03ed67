package cn.duban.files;

import cn.duban.extract.ReaderService;
import cn.duban.ledger.LedgerWorkbook;
import cn.duban.time.CountyTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Run in a JVM of its own with a 512 MB heap (HostileHeapTests): four uploads at a time, three
 * rounds, of the heaviest files of the battery and of the largest legitimate ones, through the same
 * parsers and the same parse gate the application uses. Exits 0 and prints the peak heap when
 * nothing ran out of memory; an OutOfMemoryError exits 3.
 */
public final class HostileHeapMain {

    private HostileHeapMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Runnable> uploads = new ArrayList<>();
        byte[] paragraphs = HostileFiles.manySmallParagraphs(60);
        byte[] zeros = HostileFiles.zerosThenDocument(1024);
        byte[] laughs = HostileFiles.docxWithDocument(HostileFiles.billionLaughs());
        byte[] longRun = HostileFiles.docx("word/document.xml", HostileFiles.document(
                "<w:p><w:r><w:t>" + HostileFiles.randomHan(3_000_000, 7) + "</w:t></w:r></w:p>"));
        byte[] legitDocument = legitDocument(3);
        byte[] legitWorkbook = legitWorkbook(7_000);
        byte[] sharedStrings = HostileFiles.xlsxSharedStrings(60);
        ReaderService reader = new ReaderService(CountyTime.standalone());
        for (byte[] docx : List.of(paragraphs, zeros, laughs, longRun, legitDocument)) {
            uploads.add(() -> refusedOrRead(() -> reader.read("上传.docx", docx)));
        }
        uploads.add(() -> refusedOrRead(() -> CheckedFile.of("证明.docx", zeros)));
        for (byte[] xlsx : List.of(legitWorkbook, sharedStrings, zeros)) {
            uploads.add(() -> refusedOrRead(() -> LedgerWorkbook.read(xlsx, new ArrayList<>())));
        }
        // The heap in use, sampled every 10 ms (pool peaks are reached at different moments and do not add up).
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            var heap = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], heap.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ExecutorService four = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Runnable upload : uploads) {
                done.add(four.submit(upload));
            }
        }
        try {
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                System.out.println("OUT OF MEMORY");
                System.exit(3);
            }
            throw e;
        }
        four.shutdown();
        sampler.interrupt();
        System.out.println("PEAK HEAP MB " + (peak[0] >> 20) + " of max " + (Runtime.getRuntime().maxMemory() >> 20)
                + ", " + done.size() + " uploads");
    }

    private static void refusedOrRead(Runnable parse) {
        try {
            parse.run();
        } catch (RuntimeException refused) {
            // a refusal with a reason is the expected outcome for the hostile files
        }
    }

    /** An ordinary long report: paragraphs of varied text with numbers, about {@code megabytes} of XML. */
    static byte[] legitDocument(int megabytes) {
        StringBuilder body = new StringBuilder();
        Random r = new Random(3);
        while (body.length() < megabytes * 1024 * 1024 / 2) {
            body.append("<w:p><w:r><w:t>").append(HostileFiles.randomHan(20, r.nextLong())).append("新建高标准农田")
                    .append(1 + r.nextInt(90)).append("万亩，完成投资").append(1 + r.nextInt(40)).append("亿元。</w:t></w:r></w:p>");
        }
        return HostileFiles.docx("word/document.xml", HostileFiles.document(body.toString()));
    }

    /** A large workbook as a county might export it, within the import's bounds. */
    static byte[] legitWorkbook(int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("任务");
            Random r = new Random(5);
            for (int i = 0; i < rows; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < 8; c++) {
                    row.createCell(c).setCellValue(HostileFiles.randomHan(6, r.nextLong()));
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
