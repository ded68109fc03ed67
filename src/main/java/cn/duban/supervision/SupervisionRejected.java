package cn.duban.supervision;

/** A supervision change refused, with the reason in Chinese; nothing was changed. */
public class SupervisionRejected extends RuntimeException {
    public SupervisionRejected(String message) {
        super(message);
    }
}
