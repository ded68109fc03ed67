package cn.duban.levels;

import cn.duban.refusal.Refusal;

/** Handing work on, signing for it or adjusting a share refused, with the reason in Chinese. */
public class LevelRejected extends Refusal {
    public LevelRejected(String message) {
        super(message);
    }
}
