package cn.duban.files;

import cn.duban.refusal.Refusal;

/** An upload refused, with the reason in Chinese; nothing was stored. */
public class FileRejected extends Refusal {
    public FileRejected(String message) {
        super(message);
    }

    /** Refused for what was typed in one field (a property path of the form): shown beside it. */
    public FileRejected(String message, String field) {
        super(message, field);
    }
}
