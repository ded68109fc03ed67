/**
 * What every module says when it refuses a request: one base, {@link cn.duban.refusal.Refusal}, carrying
 * the reason in Chinese, the form field it concerns and the status it answers with. Depends on nothing,
 * so every module may use it; the web layer turns any refusal into the page beside the field or a
 * ProblemDetail, without knowing the modules.
 */
@cn.duban.schema.Tables({})
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"schema"})
package cn.duban.refusal;
