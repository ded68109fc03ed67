package cn.duban;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real (tiny) photos for tests that upload evidence: uploads are now checked to be images. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpeg() {
        return write("jpg");
    }

    public static byte[] png() {
        return write("png");
    }

    private static byte[] write(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366CC);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
