package cn.duban.progress;

/** Someone else changed the report since it was opened: the caller keeps what it typed and tries again. */
public class ReportConflict extends RuntimeException {
    private final int currentVersion;

    public ReportConflict(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
