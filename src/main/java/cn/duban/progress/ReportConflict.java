package cn.duban.progress;

import cn.duban.refusal.Conflict;
import java.util.Map;

/** Someone else changed the report since it was opened: the caller keeps what it typed and tries again. */
public class ReportConflict extends Conflict {
    private final int currentVersion;

    public ReportConflict(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("currentVersion", currentVersion);
    }
}
