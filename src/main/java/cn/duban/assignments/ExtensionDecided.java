package cn.duban.assignments;

/** The office approved or refused an extension: nobody waits on the decision any more. */
public record ExtensionDecided(long requestId, boolean approved) {
}
