package cn.duban.messaging;

import cn.duban.refusal.Refusal;

/** A directory file refused, with the reason in Chinese; nothing of it was imported. */
class DirectoryRejected extends Refusal {
    DirectoryRejected(String message) {
        super(message, "file");
    }
}
