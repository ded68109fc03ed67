package cn.duban.levels;

/** Handing work on, signing for it or adjusting a share refused, with the reason in Chinese. */
public class LevelRejected extends cn.duban.refusal.Refusal {
    public LevelRejected(String message) {
        super(message);
    }
}
