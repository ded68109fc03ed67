package cn.duban.files;

/** An upload refused, with the reason in Chinese; nothing was stored. */
public class FileRejected extends RuntimeException {
    public FileRejected(String message) {
        super(message);
    }
}
