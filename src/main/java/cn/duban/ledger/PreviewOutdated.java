package cn.duban.ledger;

import cn.duban.refusal.Conflict;

/** A previewed import whose plan changed before it was confirmed: nothing written, the office previews again. */
public class PreviewOutdated extends Conflict {
    PreviewOutdated() {
        super("预览之后本计划已有改动（任务被修改、签收或新增），预览的修改未写入；请重新上传 Excel 预览后再确认");
    }
}
