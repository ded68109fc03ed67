package cn.duban.refusal;

/**
 * What the request names is not there, or not this user's to see: 404, the same answer in both cases so
 * nobody learns by asking which rows exist in another unit or county.
 */
public class NotFound extends Refusal {

    public NotFound(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "内容不存在或无权查看";
    }
}
