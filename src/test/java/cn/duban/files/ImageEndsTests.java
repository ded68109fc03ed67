package cn.duban.files;

import static cn.duban.files.HostileFiles.concat;
import static cn.duban.files.HostileFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, item 7: a photo must end where its image ends — a PNG or JPEG with HTML or a zip after
 * it is a polyglot and is refused — while photos as cameras and phones write them (EXIF thumbnails,
 * progressive scans, padding, multi-picture files) still pass.
 */
class ImageEndsTests {

    @Test
    void imagesWithDataAfterTheirEndAreRefused() throws IOException {
        byte[] png = HostileFiles.image("png");
        byte[] jpeg = HostileFiles.image("jpg");
        assertThatThrownBy(() -> CheckedFile.of("照片.png", concat(png, HostileFiles.HTML))).isInstanceOf(FileRejected.class)
                .hasMessageContaining("末尾附带了其他数据");
        assertThatThrownBy(() -> CheckedFile.of("照片.jpg", concat(jpeg, HostileFiles.HTML))).isInstanceOf(FileRejected.class)
                .hasMessageContaining("末尾附带了其他数据");
        assertThatThrownBy(() -> CheckedFile.of("照片.png", concat(png, new byte[1]))).isInstanceOf(FileRejected.class);
        assertThatThrownBy(() -> CheckedFile.of("照片.jpg", concat(jpeg, zipOf(jpeg)))).isInstanceOf(FileRejected.class)
                .hasMessageContaining("末尾附带了其他数据");
        // A PNG whose chunk structure does not hold: a bad CRC, a length past the end.
        byte[] badCrc = png.clone();
        badCrc[png.length - 20] ^= 1;
        assertThatThrownBy(() -> CheckedFile.of("照片.png", badCrc)).isInstanceOf(FileRejected.class);
        byte[] badLength = png.clone();
        badLength[33] = 0x7F;
        assertThatThrownBy(() -> CheckedFile.of("照片.png", badLength)).isInstanceOf(FileRejected.class);
    }

    @Test
    void photosAsCamerasWriteThemPass() throws IOException {
        byte[] png = HostileFiles.image("png");
        byte[] jpeg = photo(false);
        byte[] progressive = photo(true);
        assertThat(CheckedFile.of("照片.png", png).contentType()).isEqualTo("image/png");
        assertThat(CheckedFile.of("照片.jpg", jpeg).contentType()).isEqualTo("image/jpeg");
        assertThat(CheckedFile.of("照片.jpg", progressive).contentType()).isEqualTo("image/jpeg");
        // A few bytes of padding after the end, as some cameras write.
        CheckedFile.of("照片.jpg", concat(jpeg, new byte[4]));
        // An EXIF thumbnail (a JPEG with its own end marker) inside an APP1 segment.
        byte[] thumbnail = HostileFiles.image("jpg");
        byte[] app1 = concat(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) ((thumbnail.length + 8) >> 8), (byte) (thumbnail.length + 8),
                'E', 'x', 'i', 'f', 0, 0}, thumbnail);
        byte[] withThumbnail = concat(concat(Arrays.copyOf(jpeg, 2), app1), Arrays.copyOfRange(jpeg, 2, jpeg.length));
        CheckedFile.of("照片.jpg", withThumbnail);
        // Ultra HDR and other multi-picture JPEGs keep further JPEG images after the first (a gain map).
        CheckedFile.of("照片.jpg", concat(jpeg, progressive));
    }

    /** A noisy photo, so the entropy-coded data holds stuffed FF bytes and restart-free long scans. */
    private static byte[] photo(boolean progressive) throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(22);
        for (int y = 0; y < 240; y++) {
            for (int x = 0; x < 320; x++) {
                image.setRGB(x, y, r.nextInt());
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
            ios.flush();
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static byte[] zipOf(byte[] content) {
        return zip("a.html", content);
    }
}
