package cn.duban.refusal;

/**
 * The request came too late or twice: what it acts on changed meanwhile (someone saved first, the preview
 * is outdated, the inspection was recorded already). 409; reloading shows the current state.
 */
public abstract class Conflict extends Refusal {

    protected Conflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "内容已变化";
    }
}
