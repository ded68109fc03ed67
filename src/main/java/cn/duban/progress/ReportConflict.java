package cn.duban.progress;

/** Someone else changed the report since it was opened: the caller keeps what it typed and tries again. */
public class ReportConflict extends cn.duban.refusal.Conflict {
    private final int currentVersion;

    public ReportConflict(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    @Override
    public java.util.Map<String, Object> details() {
        return java.util.Map.of("currentVersion", currentVersion);
    }
}
