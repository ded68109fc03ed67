/**
 * 考核: the year's assessment of an area's units on a 百分制 scheme — weights per plan, a score
 * from completion and timeliness each month, 加分/扣分 items with their basis, monthly 考评,
 * quarterly 奖惩 and the annual 综合考核, 乡镇 and 县直部门 ranked apart, every score traced to
 * the standings behind it. Owns {@code assessment_*}; reads the standings the progress module keeps.
 */
@cn.duban.schema.Tables({"assessment_scheme", "assessment_weight", "assessment_kind_weight", "assessment_item"})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "files", "ledger", "org", "progress", "reports", "refusal",
        "schema", "security", "time"})
package cn.duban.assessment;
